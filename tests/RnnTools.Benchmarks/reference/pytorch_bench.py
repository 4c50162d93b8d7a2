#!/usr/bin/python3
"""The rnntools bench workloads the standard PyTorch way, for speed comparison (no temporal components).

One iteration: nn.RNN (tanh) + nn.Linear forward, the loss, backward(), clip_grad_norm_, an SGD step; float32, one
thread. Prints CSV with the header of `rnntools bench --format csv` (Backend = pytorch).
Run with Debian's python3-torch: /usr/bin/python3 pytorch_bench.py [--workload NAME ...] [--seconds S]
"""
import argparse
import sys
import time

import torch

# name: (n_in, n_hidden, n_out, T, B, loss, every step, clip threshold), as PerformanceWorkload.Standard.
WORKLOADS = {
    "temporal-order-100": (6, 50, 4, 100, 100, "cross-entropy", False, 1.0),
    "addition-100": (2, 50, 1, 100, 100, "squared-error", False, 1.0),
    "temporal-order-200": (6, 50, 4, 200, 100, "cross-entropy", False, 1.0),
    "music-300": (88, 300, 88, 300, 20, "binary-cross-entropy", True, 3.0),
}


def make_step(name):
    n_in, n_hidden, n_out, steps, batch, loss_kind, every_step, clip = WORKLOADS[name]
    generator = torch.Generator().manual_seed(13)
    torch.manual_seed(13)
    rnn = torch.nn.RNN(n_in, n_hidden, nonlinearity="tanh")
    linear = torch.nn.Linear(n_hidden, n_out)
    parameters = list(rnn.parameters()) + list(linear.parameters())
    optimizer = torch.optim.SGD(parameters, lr=0.001)
    if loss_kind == "cross-entropy":
        x = torch.nn.functional.one_hot(torch.randint(n_in, (steps, batch), generator=generator), n_in).float()
        labels = torch.randint(n_out, (batch,), generator=generator)
    elif loss_kind == "squared-error":
        x = torch.rand(steps, batch, n_in, generator=generator)
        labels = torch.rand(batch, n_out, generator=generator)
    else:
        x = (torch.rand(steps, batch, n_in, generator=generator) < 0.1).float()
        labels = (torch.rand(steps, batch, n_out, generator=generator) < 0.1).float()

    def step():
        optimizer.zero_grad()
        hidden, _ = rnn(x)
        if every_step:
            loss = torch.nn.functional.binary_cross_entropy_with_logits(linear(hidden), labels)
        elif loss_kind == "cross-entropy":
            loss = torch.nn.functional.cross_entropy(linear(hidden[-1]), labels)
        else:
            loss = torch.nn.functional.mse_loss(linear(hidden[-1]), labels)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(parameters, clip)
        optimizer.step()

    flops = 6.0 * steps * batch * n_hidden * (n_hidden + n_in + n_out)
    return step, flops


def measure(step, seconds):
    start = time.perf_counter()
    while time.perf_counter() - start < min(1.0, seconds):
        step()
    count, start = 0, time.perf_counter()
    while True:
        step()
        count += 1
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return elapsed * 1000 / count, count


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workload", nargs="+", default=list(WORKLOADS), choices=list(WORKLOADS))
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    torch.set_num_threads(1)
    print("Workload,Backend,Threads,MsPerIteration,Iterations,Gflops")
    for name in args.workload:
        step, flops = make_step(name)
        ms, count = measure(step, args.seconds)
        print(f"{name},pytorch,{torch.get_num_threads()},{ms!r},{count},{flops / (ms * 1e6)!r}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
