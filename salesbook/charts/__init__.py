"""Matplotlib figures in one house style, one module per chapter.

:mod:`salesbook.charts.base` holds the palette, the house style and the shared helpers; every
chapter module (``ch01`` … ``ch09``) holds that chapter's charts. Everything is re-exported here, so
a notebook or widget writes ``charts.whale_curve_chart(...)`` without knowing the chapter. Every chart
function returns a :class:`matplotlib.figure.Figure` and never touches pyplot's global state.
"""

from salesbook.charts.base import (  # noqa: F401
    BAD,
    GOOD,
    HOUSE_STYLE,
    MUTED,
    NEUTRAL,
    PALETTE,
    SERIES,
    bar_chart,
    euro_axis,
    new_figure,
    number_axis,
    percent_axis,
    styled,
    FrozenLayout,
    render_png,
    render_svg,
    _show_figures_in_jupyter,
)
from salesbook.charts.ch01 import (  # noqa: F401
    benchmark_chart,
    equity_chart,
    ladder_chart,
    retention_uplift_chart,
)
from salesbook.charts.ch03 import (  # noqa: F401
    DIRECTION_COLORS,
    QUADRANT_LABELS,
    five_forces_chart,
    market_chain_chart,
    market_potential_chart,
    trend_matrix_chart,
    trend_priority_chart,
)
from salesbook.charts.ch02 import (  # noqa: F401
    BCG_COLORS,
    bcg_chart,
    confrontation_heatmap,
    gap_bridge_chart,
)
from salesbook.charts.ch04 import (  # noqa: F401
    ERROR_TITLES,
    MONTHS_NL,
    error_comparison_chart,
    forecast_chart,
    percent_bar_chart,
    seasonal_index_chart,
)
from salesbook.charts.ch05 import (  # noqa: F401
    RFM_COLORS,
    abc_chart,
    clv_chart,
    funnel_chart,
    lead_score_chart,
    nps_chart,
    pyramid_chart,
    reverse_funnel_chart,
    rfm_segment_chart,
)
from salesbook.charts.ch06 import (  # noqa: F401
    TERRITORY_MARKERS,
    pay_chart,
    quota_chart,
    territory_map,
    workload_chart,
)
from salesbook.charts.ch07 import (  # noqa: F401
    COST_LABELS,
    QUADRANT_COLORS,
    cost_to_serve_chart,
    portfolio_matrix_chart,
    whale_curve_chart,
)
from salesbook.charts.ch08 import (  # noqa: F401
    fair_budget_chart,
    fair_ranking_chart,
    fair_return_chart,
)
from salesbook.charts.ch09 import (  # noqa: F401
    break_even_chart,
    decision_heatmap,
    profit_profile_chart,
    volume_effect_chart,
)
