"""Pages for selection runs and top-ups. Thin: parse, check, call one service.

Every page here shows or changes who is selected and their answers, so all need the
"change" ability (programme managers). Anyone with no role in the programme gets 404.
"""

import math

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from touchstone.core.errors import ServiceError
from touchstone.core.forms import add_service_error
from touchstone.programmes.selectors import programme_for

from . import offers, runs
from .choices import OfferResponse, Stage
from .demographics import options_for
from .models import Candidate, PopulationProfile, RoleProfile, SelectionRun
from .pools import pool_for
from .population import quotas_from_profile
from .selection_forms import SelectionRunForm
from .services import areas_of

DEFAULT_FEATURES = ["age_band", "gender"]


def run_for_request(request, slug, pk) -> SelectionRun:
    programme = programme_for(actor=request.user, slug=slug, ability="change")
    run = SelectionRun.objects.filter(programme=programme, pk=pk).select_related("group").first()
    if run is None:
        raise Http404("No such selection")
    return run


def one_in(probability: float) -> int:
    """Return N for 'at least a 1 in N chance': the smallest N with 1/N <= probability.

    Solver noise of a few parts in a billion must not turn a 1 in 3 into a 1 in 4.
    """
    return math.ceil(round(1 / probability, 4))


def _shares(programme) -> dict:
    profile = PopulationProfile.objects.filter(programme=programme).first()
    return profile.shares if profile else {}


def _with_quotas(form, data, shares, k: int, *, from_profile: bool) -> None:
    """Fill the quota boxes: all from the profile, or only the empty ones with 0 to k."""
    quotas = quotas_from_profile(shares if from_profile else {}, form.quota_features, k, form.areas)
    form.fill(data, quotas, only_missing=not from_profile)


def _number(text) -> int:
    """Read a whole number typed or passed in a link; anything else counts as 0."""
    text = str(text or "").strip()
    return int(text) if text.isdigit() else 0


def _k_of(data) -> int:
    return _number(data.get("k"))


@login_required
def run_create(request, slug):
    programme = programme_for(actor=request.user, slug=slug, ability="change")
    groups = programme.groups.order_by("name")
    role_profiles = RoleProfile.objects.filter(programme=programme)
    shares, areas = _shares(programme), areas_of(programme)
    options = {"groups": groups, "role_profiles": role_profiles, "areas": areas}
    action = request.POST.get("action", "run")
    if request.method == "POST":
        data = request.POST.copy()
        form = SelectionRunForm(data, **options)
        if action in ("update", "fill"):
            _with_quotas(form, data, shares, _k_of(data), from_profile=action == "fill")
            form = SelectionRunForm(data, **options)
            form.is_valid()
            form.errors.clear()  # only refreshing the boxes: no errors yet
    else:
        initial = _initial(request, programme, shares)
        form = SelectionRunForm(initial=initial, **options)
    role_profile = form["role_profile"].value()
    profile_obj = role_profiles.filter(pk=_number(role_profile)).first()
    pool = pool_for(
        actor=request.user, programme=programme, role_profile=profile_obj,
        features=form.quota_features,
    )  # fmt: skip
    if request.method == "POST" and action == "run" and form.is_valid():
        data = form.cleaned_data
        try:
            run = runs.selection_run_create(
                actor=request.user, programme=programme, group=data["group"],
                role_profile=data["role_profile"], k=data["k"], features=data["features"],
                quotas=form.quotas(), pool=pool.rows,
                one_per_household=data["one_per_household"], seed=data["seed"],
            )  # fmt: skip
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "The selection has started.")
            return redirect("recruitment:run_detail", programme.slug, run.pk)
    context = {
        "programme": programme,
        "form": form,
        "pool": pool,
        "quota_table": form.quota_table(pool.counts, shares),
        "has_profile": bool(shares),
    }
    return render(request, "recruitment/run_create.jinja", context)


def _initial(request, programme, shares) -> dict:
    """Start a form from an earlier run to repeat it (?repeat=<run id>), or afresh.

    A fresh form has its quotas filled from the local population profile, if there is one.
    """
    repeat, group_pk = _number(request.GET.get("repeat")), _number(request.GET.get("group"))
    earlier = SelectionRun.objects.filter(programme=programme, pk=repeat).first()
    areas = areas_of(programme)
    if earlier is None:
        features = [f for f in DEFAULT_FEATURES if not shares or f in shares] or DEFAULT_FEATURES
        group = programme.groups.filter(pk=group_pk).first()
        k = (group.min_lay_partners if group else 0) or 10
        initial = {"features": features, "k": k, "seed": runs.new_seed()}
        initial["group"] = group.pk if group else None
        quotas = quotas_from_profile(shares, features, k, areas)
    else:
        initial = {
            "group": earlier.group_id,
            "role_profile": earlier.role_profile_id,
            "k": earlier.k,
            "features": earlier.features,
            "one_per_household": earlier.one_per_household,
            "seed": earlier.seed,
        }
        quotas = earlier.quotas
    for quota in quotas:
        values = options_for(quota["feature"], areas)
        if quota["value"] in values:
            i = values.index(quota["value"])
            initial[SelectionRunForm.quota_key(quota["feature"], i, "min")] = quota["minimum"]
            initial[SelectionRunForm.quota_key(quota["feature"], i, "max")] = quota["maximum"]
    return initial


@login_required
def run_list(request, slug):
    programme = programme_for(actor=request.user, slug=slug, ability="change")
    selection_runs = SelectionRun.objects.filter(programme=programme).select_related("group")
    return render(
        request, "recruitment/run_list.jinja", {"programme": programme, "runs": selection_runs}
    )


@login_required
def run_detail(request, slug, pk):
    run = run_for_request(request, slug, pk)
    ids = {int(row["id"]) for row in run.pool}
    names = dict(Candidate.objects.filter(pk__in=ids).values_list("pk", "full_name"))
    seated = set(run.seated)
    chances = [p for i, p in run.probabilities.items() if i not in seated]
    lowest = min(chances, default=None)
    table = sorted(
        (
            (names.get(int(i), f"Candidate {i}"), p, i in seated)
            for i, p in run.probabilities.items()
        ),
        key=lambda row: (-round(row[1], 6), row[0]),
    )
    offered = run.offers.select_related("candidate").order_by("candidate__full_name")
    reserves = Candidate.objects.in_bulk([int(i) for i in run.reserves])
    declined = offered.filter(response=OfferResponse.DECLINED).exists()
    context = {
        "programme": run.programme,
        "run": run,
        "names": {str(k): v for k, v in names.items()},
        "lowest": lowest,
        "one_in": one_in(lowest) if lowest else None,
        "no_chance": sum(1 for p in chances if p <= 1e-9),
        "table": table,
        "offers": offered,
        "reserves": [reserves[int(i)] for i in run.reserves if int(i) in reserves],
        "next_reserve": offers.next_reserve(run) if declined else None,
        "can_offer": run.status == "finished" and _unoffered(run),
        "in_pool": Stage.IN_POOL,
        "post_waiting": offered.filter(
            response=OfferResponse.WAITING, candidate__preferred_contact="post"
        ).exists(),
    }
    return render(request, "recruitment/run_detail.jinja", context)


def _unoffered(run) -> bool:
    offered = {str(i) for i in run.offers.values_list("candidate_id", flat=True)}
    return any(i not in offered and i not in run.seated for i in run.panel)


@require_POST
@login_required
def run_offers_send(request, slug, pk):
    run = run_for_request(request, slug, pk)
    try:
        sent = offers.offers_send(
            actor=request.user, run=run, base_url=request.build_absolute_uri("/")
        )
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request, f"Seats offered to {len(sent)} {'person' if len(sent) == 1 else 'people'}."
        )
    return redirect("recruitment:run_detail", run.programme.slug, run.pk)


@require_POST
@login_required
def run_next_reserve(request, slug, pk):
    run = run_for_request(request, slug, pk)
    try:
        offer = offers.offer_next_reserve(
            actor=request.user, run=run, base_url=request.build_absolute_uri("/")
        )
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, f"The seat has been offered to {offer.candidate.full_name}.")
    return redirect("recruitment:run_detail", run.programme.slug, run.pk)


@require_POST
@login_required
def run_letters(request, slug, pk):
    run = run_for_request(request, slug, pk)
    letters = offers.letters_prepare(
        actor=request.user, run=run, base_url=request.build_absolute_uri("/")
    )
    return render(
        request,
        "recruitment/offer_letters.jinja",
        {"programme": run.programme, "run": run, "letters": letters},
    )
