"""Synthetic case data for chapters 4, 5 and 7: Noordstroom Technische Groothandel.

The running case company is a technical wholesaler with seven country subsidiaries (the
shape of Tabel 1.2). This package makes its sales history, customers, CRM transactions,
leads, NPS survey and sales pipeline. Every data set comes from one function with a fixed
seed, so the CSV files in ``data/`` are exactly what this package produces
(``tests/test_generate.py`` checks that byte for byte). Regenerate them with::

    python -m salesbook.generate                    # every data set into data/
    python -m salesbook.generate --uit /tmp/casus   # the same files in another folder
    python -m salesbook.generate --transacties 1000000 --uit /tmp/benchmark

The assumptions are the tables in capitals in :mod:`~salesbook.generate.assumptions`
(``COUNTRIES``, ``SEGMENTS``, ``SEASONALITY`` …): read them to see which patterns are built
in, change one and regenerate to see what it does. In short:

* every country's revenue in 2024 equals its revenue in Tabel 1.2 (84 mln for Nederland …);
  countries grow at different rates, the UK has a dip around 2020, and every product group
  has its own monthly pattern (lighting peaks in autumn and winter, building-related groups
  dip in August and December);
* customer sizes are heavy-tailed (lognormal), so about 20% of the customers buy about
  three quarters of the revenue; customers churn (about 80–85% stay each year, happier and
  larger customers more often), new customers arrive, and they order at different rates;
* the CRM transactions add up, per country and year, to the sales history, and their gross
  margin per country equals the brutomarge of Tabel 1.2;
* a lead's chance to move up the funnel depends on its source and on the scoring variables;
* NPS scores differ by country and segment and follow the same satisfaction that drives churn.

The package has one module per data set or group of related data sets; every name is
re-exported here, so ``generate.transactions(...)``, ``generate.SEEDS`` … keep working:

* :mod:`~salesbook.generate.assumptions` — the tables in capitals, the seeds, small helpers;
* :mod:`~salesbook.generate.history` — sales history and the student's-own-file example (H4);
* :mod:`~salesbook.generate.crm` — customers, transactions, leads, NPS survey (H5, H7);
* :mod:`~salesbook.generate.opportunities` — the pipeline (H4);
* :mod:`~salesbook.generate.team` — sales team and account locations (H6);
* :mod:`~salesbook.generate.fairs` — candidate trade fairs (H8);
* :mod:`~salesbook.generate.costs` — cost drivers per customer (H7);
* :mod:`~salesbook.generate.environment` — trends, market-potential inputs and five forces (H3);
* :mod:`~salesbook.generate.strategy` — markets per product group, objectives, sales targets, SWOT (H2);
* :mod:`~salesbook.generate.writing` — the CSV writers and ``main`` (``python -m salesbook.generate``).
"""

from __future__ import annotations

from salesbook.generate.assumptions import (  # noqa: F401
    START, END, DAYS_PER_YEAR, HOLIDAYS, COUNTRIES, COUNTRY_MARKETS, UK_DIP, PRODUCT_GROUPS, SEASONALITY, SEGMENTS,
    SEGMENT_MIX, SIZE_SPREAD, FREQUENCY_SPREAD, ORDER_SPREAD, CHURN_RATE, NEW_CUSTOMER_CHURN,
    NEW_SHARE, TENURE_MEAN, REGIONS, SURNAMES, NAME_TEMPLATES, FUNNEL, CONVERSION, LEAD_SOURCES,
    FAIR_DAYS, LEAD_SIZE, NPS_WAVES, NPS_MEAN, NPS_CUSTOMER_SPREAD, NPS_ANSWER_SPREAD,
    NPS_CHURN_EFFECT, PIPELINE_STAGES, SEEDS, DEFAULT_TRANSACTIONS, TEXT, _country_table, _ids,
    _logistic, _intercept_for_rate, _expected_revenue_2025,
)
from salesbook.generate.history import (  # noqa: F401
    sales_history, monthly_revenue_example,
)
from salesbook.generate.crm import (  # noqa: F401
    _customer_profile, _make_customer_profile, _company_names, customers, transactions,
    _make_transactions, leads, nps_survey,
)
from salesbook.generate.opportunities import (  # noqa: F401
    pipeline,
)
from salesbook.generate.team import (  # noqa: F401
    NL_PLACES, LOCATION_JITTER, LOCATION_JITTER_MAX, WALLET_SHARE, SALES_TEAM, TARGET_GROWTH_2024,
    sales_team, account_locations,
)
from salesbook.generate.fairs import (  # noqa: F401
    FAIRS, FAIR_VISITOR_SPREAD, trade_fairs,
)
from salesbook.generate.costs import (  # noqa: F401
    COST_DRIVER_SEGMENTS, PAYMENT_DAYS, COSTLY_BAND, COSTLY_CHANCE, cost_drivers,
)
from salesbook.generate.environment import (  # noqa: F401
    TRENDS, MARKET_INPUTS, MARKET_SPREAD, FORCES, environment_trends, market_inputs, five_forces_scores,
)
from salesbook.generate.strategy import (  # noqa: F401
    COMPETITORS, OBJECTIVES, OBJECTIVE_2025, SALES_TARGETS_2025, SWOT, markets_by_product_group, objectives,
    sales_targets, confrontation_scores,
)
from salesbook.generate.writing import (  # noqa: F401
    DATASETS, EXAMPLES, write_csv, _csv_cells, _two_decimals, write_dutch_excel_csv, write_all,
    main,
)
