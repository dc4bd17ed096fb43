"""M/M/3 at utilization 0.9 (lambda = 2.7/s, mu = 1/s) in SimPy: customers served per second.

The same model as `madoguchi-bench mm3`: Poisson arrivals until the horizon, a FIFO
Resource of three servers, exponential service; nothing recorded but counters.
"""
import argparse
import random
import statistics
import time

import simpy

LAMBDA, MU, SERVERS = 2.7, 1.0, 3


def customer(env, servers, service_rng, counts):
    arrived = env.now
    with servers.request() as request:
        yield request
        counts["wait"] += env.now - arrived
        yield env.timeout(service_rng.expovariate(MU))
    counts["served"] += 1


def source(env, servers, horizon, arrival_rng, service_rng, counts):
    while True:
        yield env.timeout(arrival_rng.expovariate(LAMBDA))
        if env.now > horizon:
            return
        env.process(customer(env, servers, service_rng, counts))


def run(customers, seed):
    env = simpy.Environment()
    servers = simpy.Resource(env, capacity=SERVERS)
    counts = {"served": 0, "wait": 0.0}
    env.process(source(env, servers, customers / LAMBDA, random.Random(seed), random.Random(seed + 1_000_003), counts))
    start = time.perf_counter()
    env.run()
    return counts, time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=300_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rates = []
    for r in range(args.runs):
        counts, elapsed = run(args.customers, args.seed + r)
        rate = counts["served"] / elapsed
        rates.append(rate)
        print(f"  run {r + 1}: {counts['served']} customers in {elapsed:.3f} s: {rate:.0f} customers/s; "
              f"mean wait {counts['wait'] / counts['served']:.3f} s")
    print(f"mm3 simpy customers_per_sec={statistics.median(rates):.0f} runs={args.runs} "
          f"customers={args.customers} version={simpy.__version__}")


if __name__ == "__main__":
    main()
