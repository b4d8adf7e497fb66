"""Old name of :mod:`salesbook.subsidiaries` (Tabel 1.2, the KPIs of the country subsidiaries).

Kept so that notebooks and exercise banks written before the rename still run; it clashed with
the ``benchmarks/`` folder of speed measurements. New code imports :mod:`salesbook.subsidiaries`.
(The old ``FLAGS``, the rules' Dutch texts, is gone: the rules are data in ``FLAG_RULES`` and the
words are the view's, :func:`salesbook.widgets.benchmark.signal_texts`.)
"""

from salesbook.subsidiaries import (  # noqa: F401
    COLUMNS, DAYS_PER_YEAR, FLAG_RULES, KPIS, FlagRule, Kpi, flag_thresholds, group_averages, intervention_flags,
    rank_subsidiaries, subsidiary_kpis,
)
