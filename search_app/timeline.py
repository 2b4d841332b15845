"""Hits over time: month counts grouped into the buckets a timeline shows (CLI and TUI)."""

from __future__ import annotations

from dataclasses import dataclass

BARS = " ▁▂▃▄▅▆▇█"
MAX_MONTHS = 36  # longer spans are shown per year


@dataclass(frozen=True)
class Bucket:
    """One bar: a month (2024-04) or a year (2024) and its hits."""

    label: str
    count: int

    @property
    def date(self) -> str:
        """The `date:` value for this bucket."""
        return self.label


def buckets(months: dict[str, int], max_months: int = MAX_MONTHS) -> list[Bucket]:
    """Months in order with empty months filled in; whole years when the span is long."""
    if not months:
        return []
    keys = sorted(months)
    (y0, m0), (y1, m1) = (tuple(map(int, keys[0].split("-"))), tuple(map(int, keys[-1].split("-"))))
    span = (y1 - y0) * 12 + (m1 - m0) + 1
    if span > max_months:
        years: dict[int, int] = {}
        for key, n in months.items():
            years[int(key[:4])] = years.get(int(key[:4]), 0) + n
        return [Bucket(str(y), years.get(y, 0)) for y in range(y0, y1 + 1)]
    out = []
    y, m = y0, m0
    for _ in range(span):
        key = f"{y:04d}-{m:02d}"
        out.append(Bucket(key, months.get(key, 0)))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def spark(counts: list[int]) -> str:
    """One block character per count, scaled to the largest; a non-zero count is never blank."""
    top = max(counts, default=0)
    if top == 0:
        return " " * len(counts)
    return "".join(BARS[0 if n == 0 else max(1, round(n / top * 8))] for n in counts)


def bars(items: list[Bucket], width: int = 40) -> list[str]:
    """Text bars for the CLI: `2024-04  ████▍ 12`."""
    top = max((b.count for b in items), default=0)
    label_w = max((len(b.label) for b in items), default=0)
    lines = []
    for b in items:
        n = 0 if top == 0 else b.count * width / top
        full, part = int(n), int((n - int(n)) * 8)
        bar = "█" * full + ("▏▎▍▌▋▊▉"[part - 1] if part else "")
        if b.count and not bar:
            bar = "▏"
        lines.append(f"{b.label:<{label_w}}  {bar} {b.count:,}")
    return lines


def date_span(items: list[Bucket], lo: int, hi: int) -> str:
    """The `date:` value for buckets lo..hi (one bucket, or a range)."""
    lo, hi = min(lo, hi), max(lo, hi)
    if lo == hi:
        return items[lo].date
    return f"{items[lo].date}..{items[hi].date}"
