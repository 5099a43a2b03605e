from django.db import connection

from .models import SavedFilter


def counts_for_filter(filter_id: int, user) -> list[tuple]:
    saved = SavedFilter.objects.get(pk=filter_id, owner=user)
    with connection.cursor() as cursor:
        cursor.execute(  # cg-expect: CWE-89
            "SELECT assignee_id, COUNT(*) FROM tickets_ticket "
            "WHERE label = '%s' GROUP BY assignee_id" % saved.label
        )
        return cursor.fetchall()
