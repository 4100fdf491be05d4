"""``field__among=[ids]``: membership of a long list of ids at the cost of one parameter.

A search can match a thousand entries. ``pk__in`` builds a thousand
placeholders, which Django and psycopg then parse one by one on every
query; on PostgreSQL one array parameter with ``= ANY`` does the same.
"""

from django.db import models


class Among(models.Lookup):
    lookup_name = "among"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        ids = [int(pk) for pk in self.rhs]
        if connection.vendor == "postgresql":
            return f"{lhs} = ANY(%s)", [*lhs_params, ids]
        if not ids:
            return "1 = 0", list(lhs_params)
        return f"{lhs} IN ({', '.join(['%s'] * len(ids))})", [*lhs_params, *ids]


def register():
    models.IntegerField.register_lookup(Among)
    models.ForeignKey.register_lookup(Among)
