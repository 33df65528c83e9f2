import time
import tests.system.pages as P
def wrap(name, fn):
    def inner(*a, **k):
        t = time.time(); r = fn(*a, **k); print(f"{name} {time.time()-t:.2f}s", flush=True); return r
    return inner
P.axe.run = wrap("axe", P.axe.run)
P.assert_styled = wrap("styled", P.assert_styled)
for n in ["visit", "follow_link", "press_button"]:
    setattr(P.SystemTestCase, n, wrap(n, getattr(P.SystemTestCase, n)))
