"""M/M/3 at utilization 0.9 (lambda = 2.7/s, mu = 1/s) in Ciw: customers served per second.

The same model as `madoguchi-bench mm3`: one node, three servers, exponential arrivals and
service, simulated until the horizon. Ciw keeps a record per customer, as it always does.
"""
import argparse
import statistics
import time

import ciw

LAMBDA, MU, SERVERS = 2.7, 1.0, 3


def run(customers, seed):
    network = ciw.create_network(
        arrival_distributions=[ciw.dists.Exponential(rate=LAMBDA)],
        service_distributions=[ciw.dists.Exponential(rate=MU)],
        number_of_servers=[SERVERS],
    )
    ciw.seed(seed)
    simulation = ciw.Simulation(network)
    start = time.perf_counter()
    simulation.simulate_until_max_time(customers / LAMBDA)
    elapsed = time.perf_counter() - start
    records = simulation.get_all_records()
    return records, elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=150_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rates = []
    for r in range(args.runs):
        records, elapsed = run(args.customers, args.seed + r)
        rate = len(records) / elapsed
        rates.append(rate)
        print(f"  run {r + 1}: {len(records)} customers in {elapsed:.3f} s: {rate:.0f} customers/s; "
              f"mean wait {statistics.fmean(rec.waiting_time for rec in records):.3f} s")
    print(f"mm3 ciw customers_per_sec={statistics.median(rates):.0f} runs={args.runs} "
          f"customers={args.customers} version={ciw.__version__}")


if __name__ == "__main__":
    main()
