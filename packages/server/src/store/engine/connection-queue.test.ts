import { describe, expect, it } from "vitest";
import { ConnectionQueue } from "./connection-queue.js";

describe("ConnectionQueue", () => {
  it("serves waiters first come, first served, handing the connection over without freeing it", async () => {
    const queue = new ConnectionQueue();
    await queue.acquire();
    const order: number[] = [];
    const waiters = [0, 1, 2, 3].map((n) =>
      queue.acquire().then(() => {
        order.push(n);
        queue.release();
      }),
    );
    expect(queue.waiting).toBe(4);
    queue.release();
    await Promise.all(waiters);
    expect(order).toEqual([0, 1, 2, 3]);
    // Free again: the next caller gets it at once.
    let got = false;
    void queue.acquire().then(() => {
      got = true;
    });
    await Promise.resolve();
    expect(got).toBe(true);
  });

  it("never lets a newcomer overtake a waiter when the connection is handed over", async () => {
    const queue = new ConnectionQueue();
    await queue.acquire();
    const order: string[] = [];
    const first = queue.acquire().then(() => order.push("waiter"));
    queue.release();
    // Arrives after the release, before the waiter has run: must queue behind it.
    const late = queue.acquire().then(() => order.push("newcomer"));
    await first;
    queue.release();
    await late;
    expect(order).toEqual(["waiter", "newcomer"]);
  });
});
