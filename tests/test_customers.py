"""CLV and the retention economics of § 1.1.2: hand-computed values, an independent brute-force
oracle, the closed-form claim intervals and the Dutch error messages."""

import itertools
import math

import pytest

from salesbook import customers
from salesbook.customers import (
    claim_interval,
    claim_intervals,
    clv,
    expected_lifetime,
    margin_multiple,
    raised_retention,
    retention_scenario,
    retention_uplift,
    uplift_curve,
)
from salesbook.errors import SalesbookError

# --- clv, margin_multiple, expected_lifetime: hand computations ----------------------------


def test_clv_margins_at_period_end():
    # 100 · 0.8 / (1 + 0.1 − 0.8) = 80 / 0.3 = 266.67
    assert clv(100, 0.8, 0.1) == pytest.approx(266.6667, abs=1e-4)


def test_clv_first_margin_now():
    # 100 · 1.1 / 0.3 = 366.67
    assert clv(100, 0.8, 0.1, first_margin_now=True) == pytest.approx(366.6667, abs=1e-4)


def test_clv_with_acquisition_cost():
    # 266.67 − 50 = 216.67
    assert clv(100, 0.8, 0.1, acquisition_cost=50) == pytest.approx(216.6667, abs=1e-4)


def test_clv_allows_a_negative_margin():
    # a customer who costs money: −100 · 0.8 / 0.3 = −266.67
    assert clv(-100, 0.8, 0.1) == pytest.approx(-266.6667, abs=1e-4)


def test_margin_multiple_and_expected_lifetime():
    assert margin_multiple(0.8, 0.1) == pytest.approx(0.8 / 0.3)          # 2.6667
    assert margin_multiple(0.8, 0.1, first_margin_now=True) == pytest.approx(1.1 / 0.3)   # 3.6667
    assert margin_multiple(0.0, 0.1) == 0.0                              # nobody stays: no margin at all
    assert expected_lifetime(0.8) == pytest.approx(5.0)                  # 1 / 0.2
    assert expected_lifetime(0.0) == 1.0


def _brute_force_clv(m, r, d, ac, first, periods=2000):
    """Independent oracle: the survival-weighted, discounted margins summed period by period."""
    start = 0 if first else 1
    return sum(m * r**t / (1 + d) ** t for t in range(start, start + periods)) - ac


@pytest.mark.parametrize(
    "m, r, d, ac, first",
    list(itertools.product([100, 2400], [0.0, 0.5, 0.8, 0.95], [0.0, 0.05, 0.1, 0.3], [0, 150], [False, True])),
)
def test_clv_equals_the_brute_force_sum(m, r, d, ac, first):
    assert clv(m, r, d, acquisition_cost=ac, first_margin_now=first) == pytest.approx(
        _brute_force_clv(m, r, d, ac, first), rel=1e-9, abs=1e-9)


def test_clv_with_a_negative_discount_rate_within_bounds():
    # d = −0.1, r = 0.5: 100 · 0.5 / 0.4 = 125, and the brute-force sum agrees
    assert clv(100, 0.5, -0.1) == pytest.approx(125.0)
    assert clv(100, 0.5, -0.1) == pytest.approx(_brute_force_clv(100, 0.5, -0.1, 0, False))


# --- invalid input: Dutch messages that name the parameter and the value -------------------

@pytest.mark.parametrize(
    "call, fragments",
    [
        (lambda: clv(100, 1.0, 0.1), ["retentie", "kleiner zijn dan 1", "oneindig"]),
        (lambda: clv(100, 80, 0.1), ["retentie", "80", "bedoel je 0.8"]),
        (lambda: clv(100, -0.1, 0.1), ["retentie", "-0.1"]),
        (lambda: clv(100, 0.8, -1.0), ["disconteringsvoet", "groter zijn dan -1"]),
        (lambda: clv(100, 0.8, -0.3), ["disconteringsvoet", "1 + d − r", "-0.3"]),
        (lambda: clv("honderd", 0.8, 0.1), ["marge per periode", "honderd"]),
        (lambda: clv(float("nan"), 0.8, 0.1), ["marge per periode", "eindig"]),
        (lambda: clv(100, 0.8, 0.1, acquisition_cost=-5), ["acquisitiekosten", "negatief", "-5"]),
        (lambda: clv(100, 0.8, 0.1, first_margin_now="ja"), ["eerste marge direct", "True of False"]),
        (lambda: expected_lifetime(1), ["retentie", "oneindig"]),
        (lambda: margin_multiple(None, 0.1), ["retentie", "getal"]),
        (lambda: raised_retention(0.8, step=0), ["stap", "0"]),
        (lambda: raised_retention(0.995), ["retentie na de verhoging", "1.005"]),
        (lambda: retention_uplift(0.8, 0.1, acquisition_cost_ratio=-1), ["acquisitiekosten als deel", "negatief", "-1"]),
        (lambda: retention_uplift(0.5, 0.1, acquisition_cost_ratio=3), ["CLV", "niet positief"]),
        (lambda: retention_uplift(0.8, -0.2), ["disconteringsvoet", "1 + d − r"]),
        (lambda: claim_interval(0.1, 0.05, 0.04), ["bovengrens", "ondergrens"]),
        (lambda: claim_interval(-2), ["disconteringsvoet"]),
        (lambda: uplift_curve(0.1, [0.5, 1.2]), ["retenties[1]", "1.2"]),
    ],
)
def test_invalid_input_gives_a_dutch_message(call, fragments):
    with pytest.raises(SalesbookError) as exc:
        call()
    for fragment in fragments:
        assert fragment in str(exc.value)


# --- retention uplift: when does "1% more retention → 4–5% more CLV" hold? ---------------
# For margins at the end of each period, a step s in percentage points and no acquisition
# cost: uplift(r) = (r+s)(1+d−r) / (r(1+d−r−s)) − 1 = s(1+d) / (r(1+d−r−s)).

def test_uplift_at_80_percent_is_in_the_claim():
    # 0.81 · 0.3 / (0.8 · 0.29) − 1 = 0.243 / 0.232 − 1 = 0.047414 (4.74%)
    assert retention_uplift(0.8, 0.1) == pytest.approx(0.243 / 0.232 - 1)
    assert retention_uplift(0.8, 0.1) == pytest.approx(0.047414, abs=1e-6)


def test_uplift_at_90_percent_is_above_the_claim():
    # 0.011 / (0.9 · 0.19) = 0.011 / 0.171 = 0.064327 (6.4%)
    assert retention_uplift(0.9, 0.1) == pytest.approx(0.011 / 0.171)
    assert retention_uplift(0.9, 0.1) > 0.05


def test_uplift_at_50_percent_is_below_the_claim():
    # 0.011 / (0.5 · 0.59) = 0.011 / 0.295 = 0.037288 (3.7%)
    assert retention_uplift(0.5, 0.1) == pytest.approx(0.011 / 0.295)
    assert retention_uplift(0.5, 0.1) < 0.04


@pytest.mark.parametrize("m", [1, 100, 2400, 12345.67])
def test_the_margin_cancels(m):
    by_clv = clv(m, 0.81, 0.1) / clv(m, 0.8, 0.1) - 1
    assert by_clv == pytest.approx(retention_uplift(0.8, 0.1))


@pytest.mark.parametrize("m", [100, 2400])
def test_acquisition_cost_enters_as_a_share_of_the_margin(m):
    by_clv = clv(m, 0.81, 0.1, acquisition_cost=0.5 * m) / clv(m, 0.8, 0.1, acquisition_cost=0.5 * m) - 1
    assert by_clv == pytest.approx(retention_uplift(0.8, 0.1, acquisition_cost_ratio=0.5))


def test_acquisition_cost_makes_the_uplift_larger():
    # (M(0.81) − M(0.8)) / (M(0.8) − 0.5) = (0.011 / (0.29 · 0.3)) / (0.8/0.3 − 0.5) = 0.126437 / 2.166667
    expected = (0.011 / (0.29 * 0.3)) / (0.8 / 0.3 - 0.5)
    assert expected == pytest.approx(0.058356, abs=1e-6)
    assert retention_uplift(0.8, 0.1, acquisition_cost_ratio=0.5) == pytest.approx(expected)
    assert retention_uplift(0.8, 0.1, acquisition_cost_ratio=0.5) > retention_uplift(0.8, 0.1)


def test_first_margin_now_gives_a_smaller_uplift():
    # (1+d)/(1+d−r) ratio: 0.3 / 0.29 − 1 = 0.01 / 0.29 = 0.034483
    assert retention_uplift(0.8, 0.1, first_margin_now=True) == pytest.approx(0.01 / 0.29)


def test_one_percent_relative_is_not_one_percentage_point():
    # relative: r' = 0.8 · 1.01 = 0.808; uplift = s(1+d) / (1+d − r(1+s)) = 0.011 / 0.292 = 0.037671
    assert raised_retention(0.8, relative=True) == pytest.approx(0.808)
    assert retention_uplift(0.8, 0.1, relative=True) == pytest.approx(0.011 / 0.292)
    assert retention_uplift(0.8, 0.1, relative=True) < retention_uplift(0.8, 0.1)


def test_uplift_falls_then_rises_with_the_minimum_at_the_parabola_top():
    # default case: r · (1 + d − s − r) peaks at r* = 1.09 / 2 = 0.545; uplift min = 4 · 0.011 / 1.09² = 0.037034
    grid = [0.05 + i * 0.005 for i in range(188)]  # 0.05 … 0.985
    values = uplift_curve(0.1, grid)
    r_star = 1.09 / 2
    for (r1, u1), (r2, u2) in zip(zip(grid, values), zip(grid[1:], values[1:])):
        if r2 <= r_star:
            assert u2 < u1
        elif r1 >= r_star:
            assert u2 > u1
    assert retention_uplift(r_star, 0.1) == pytest.approx(4 * 0.011 / 1.09**2)
    assert min(values) >= 4 * 0.011 / 1.09**2 - 1e-12


def _roots(d, c, s=0.01):
    """Closed form: r · (1 + d − s − r) = s(1 + d)/c, i.e. r = ((1+d−s) ± √((1+d−s)² − 4s(1+d)/c)) / 2."""
    a = 1 + d - s
    root = math.sqrt(a * a - 4 * s * (1 + d) / c)
    return (a - root) / 2, (a + root) / 2


@pytest.mark.parametrize(
    "d, expected",
    [
        # d = 0.10: c = 0.04: √(1.1881 − 1.1) = 0.296816 → (1.09 + 0.296816)/2 = 0.693408
        #           c = 0.05: √(1.1881 − 0.88) = 0.555068 → (1.09 + 0.555068)/2 = 0.822534
        (0.10, (0.693408, 0.822534)),
        # d = 0.05: √(1.0816 − 1.05) = 0.177764 → 0.608882; √(1.0816 − 0.84) = 0.491528 → 0.765764
        (0.05, (0.608882, 0.765764)),
        # d = 0.15: √(1.2996 − 1.15) = 0.386782 → 0.763391; √(1.2996 − 0.92) = 0.616117 → 0.878058
        (0.15, (0.763391, 0.878058)),
    ],
)
def test_claim_interval_matches_the_closed_form(d, expected):
    low, high = claim_interval(d)
    assert (low, high) == pytest.approx(expected, abs=1e-6)
    assert (low, high) == pytest.approx((_roots(d, 0.04)[1], _roots(d, 0.05)[1]), abs=1e-9)
    assert retention_uplift(low, d) == pytest.approx(0.04)
    assert retention_uplift(high, d) == pytest.approx(0.05)


def test_claim_intervals_has_a_low_retention_branch_too():
    # d = 0.10: the smaller roots (1.09 − 0.555068)/2 = 0.267466 and (1.09 − 0.296816)/2 = 0.396592
    (a, b), (c, e) = claim_intervals(0.1)
    assert (a, b) == pytest.approx((0.267466, 0.396592), abs=1e-6)
    assert (c, e) == pytest.approx((0.693408, 0.822534), abs=1e-6)


def test_claim_holds_everywhere_in_between_when_the_minimum_is_in_the_band():
    # d = 0: minimum 4 · 0.01 / 0.99² = 0.040812 ≥ 4%, so one interval between the two 5% roots
    assert 4 * 0.01 / 0.99**2 > 0.04
    [(a, b)] = claim_intervals(0.0)
    assert (a, b) == pytest.approx((_roots(0.0, 0.05)[0], _roots(0.0, 0.05)[1]), abs=1e-9)
    assert claim_interval(0.0) == pytest.approx((a, b))


def test_claim_interval_first_margin_now_and_relative_closed_forms():
    # first margin now: uplift = s / (1 + d − r − s) = c → r = 1 + d − s − s/c: 1.09 − 0.25 = 0.84, 1.09 − 0.2 = 0.89
    assert claim_interval(0.1, first_margin_now=True) == pytest.approx((0.84, 0.89), abs=1e-9)
    # relative step: uplift = s(1+d) / (1 + d − r(1+s)) = c → r = (1.1 − 0.011/c) / 1.01:
    # (1.1 − 0.275)/1.01 = 0.816832, (1.1 − 0.22)/1.01 = 0.871287
    assert claim_interval(0.1, relative=True) == pytest.approx((0.816832, 0.871287), abs=1e-6)


def test_claim_never_holds_at_a_high_discount_rate():
    # d = 0.5: even at r = 0.99 the uplift is 0.015 / (0.99 · 0.5) = 3.0% < 4%
    assert retention_uplift(0.98, 0.5) < 0.04
    assert claim_interval(0.5) is None


def test_claim_interval_runs_to_the_end_of_the_domain():
    # d = 0.3: at r = 0.99 the uplift is 0.013 / (0.99 · 0.3) = 4.38%, inside the band: the interval
    # ends at the largest retention with r + 0.01 ≤ 1
    low, high = claim_interval(0.3)
    assert high == pytest.approx(0.99)
    assert retention_uplift(low, 0.3) == pytest.approx(0.04)


@pytest.mark.parametrize(
    "d, k, first, relative",
    list(itertools.product([-0.05, 0.0, 0.05, 0.1, 0.2, 0.3], [0.0, 0.2, 1.0, 3.0], [False, True], [False, True])),
)
def test_claim_intervals_agree_with_a_dense_grid(d, k, first, relative):
    """Oracle: on a fine grid, a retention is in the band exactly when it lies in a found interval."""
    found = claim_intervals(d, step=0.01, acquisition_cost_ratio=k, first_margin_now=first, relative=relative)
    grid = [i / 4000 for i in range(4000)]
    values = uplift_curve(d, grid, acquisition_cost_ratio=k, first_margin_now=first, relative=relative)
    for r, u in zip(grid, values):
        if any(abs(r - end) < 1e-6 for part in found for end in part):
            continue  # right at an edge: rounding decides
        in_band = u == u and 0.04 <= u <= 0.05
        assert in_band == any(a <= r <= b for a, b in found), (r, u, found)


def test_retention_scenario_is_consistent_with_the_parts():
    s = retention_scenario(2400, 0.8, 0.1, acquisition_cost=1500)
    assert s.clv == pytest.approx(2400 * 0.8 / 0.3 - 1500)              # 4 900
    assert s.raised_clv == pytest.approx(2400 * 0.81 / 0.29 - 1500)     # 5 203.45
    assert s.uplift == pytest.approx(retention_uplift(0.8, 0.1, acquisition_cost_ratio=1500 / 2400))
    assert s.expected_lifetime == pytest.approx(5.0)
    assert s.raised_expected_lifetime == pytest.approx(1 / 0.19)
    assert s.claim_holds is False                                       # (5 203.45 − 4 900)/4 900 = 6.2%
    assert s.claim_interval == claim_interval(0.1, acquisition_cost_ratio=1500 / 2400)


def test_retention_scenario_without_positive_clv_has_no_uplift():
    s = retention_scenario(100, 0.5, 0.1, acquisition_cost=500)
    assert s.clv < 0 and s.uplift is None and s.claim_holds is False


def test_uplift_curve_marks_undefined_points_as_nan():
    values = uplift_curve(0.1, [0.0, 0.8, 0.99, 0.995])
    assert math.isnan(values[0])   # CLV at r = 0 is 0: no relative change
    assert values[1] == pytest.approx(retention_uplift(0.8, 0.1))
    assert values[2] == pytest.approx(0.011 / (0.99 * 0.1))   # limit at r + s = 1
    assert math.isnan(values[3])   # r + s > 1


def test_module_imports_neither_widgets_nor_matplotlib():
    import subprocess
    import sys

    code = "import sys, salesbook.customers, salesbook.subsidiaries; print(sorted(m for m in ('matplotlib', 'ipywidgets') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"
    assert customers.__doc__
