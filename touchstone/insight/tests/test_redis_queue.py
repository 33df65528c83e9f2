"""Insight runs on the Redis queue: queued by the web process, done by a worker elsewhere.

The same code runs on the database queue by default; switching to Redis is settings only,
so runs spread over as many worker machines as are started.
"""

import django_rq
import pytest
import redis
from django_tasks_rq.backend import Job
from rq import SimpleWorker

from touchstone.insight.models import InsightRun

from .test_csv_runs import GOOD, _upload

pytestmark = pytest.mark.django_db

REDIS_QUEUE = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}


@pytest.fixture
def redis_queue(settings):
    """The Redis queue as the tasks backend, emptied before and after."""
    settings.TASKS = REDIS_QUEUE
    queue = django_rq.get_queue("default", job_class=Job)
    try:
        queue.connection.ping()
    except redis.ConnectionError as error:
        pytest.fail(f"This test needs Redis ({settings.RQ_QUEUES['default']['URL']}): {error}")
    queue.empty()
    yield queue
    queue.empty()


def test_a_run_queued_on_redis_waits_for_a_worker_and_the_worker_finishes_it(
    manager_client, programme, redis_queue, django_capture_on_commit_callbacks
):
    _upload(manager_client, programme, GOOD.encode(), django_capture_on_commit_callbacks)
    run = InsightRun.objects.get()
    assert run.status == "queued" and redis_queue.count == 1
    SimpleWorker([redis_queue], connection=redis_queue.connection, job_class=Job).work(burst=True)
    run.refresh_from_db()
    assert (run.status, run.done) == ("finished", 3)
    assert redis_queue.count == 0
