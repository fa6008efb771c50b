"""pandas peer: event CSV -> monthly counts per group x region.

usage: /usr/bin/python3 pd_events.py EVENTS.csv OUT.csv
Timed: read_csv + month key + groupby(group, region, month) -> events (size), fatalities (sum).
The month key is the date string's first 7 characters ("YYYY-MM"), the cheapest correct way
(parsing dates with to_datetime and .dt.to_period('M') is slower). OUT (untimed) as ctbench.
"""
import sys, time
import pandas as pd

t0 = time.perf_counter()
df = pd.read_csv(sys.argv[1], dtype={"date": str, "group": str, "region": str, "fatalities": "int64"})
df["month"] = df["date"].str.slice(0, 7)
g = df.groupby(["group", "region", "month"], sort=True)["fatalities"].agg(["size", "sum"])
t1 = time.perf_counter()
g = g[g["size"] > 0]
with open(sys.argv[2], "w") as f:
    f.write("group,region,month,events,fatalities\n")
    for (gr, rg, m), row in zip(g.index, g.itertuples(index=False)):
        f.write(f"{gr},{rg},{m},{row[0]},{row[1]}\n")
print(f"seconds={t1 - t0:.6f} series={g.index.droplevel(2).nunique()} events={int(g['size'].sum())}")
