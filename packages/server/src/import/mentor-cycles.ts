/** Finds cycles in the mentor graph (A mentors B mentors C mentors A), without recursion so 100,000 people cannot overflow the stack. */

/**
 * Cycles reachable from `starts`, each as the people in chain order (mentee, their mentor, …).
 * `mentorsOf` lists a person's mentors (usually one). Every cycle reachable from a start is
 * reported at least once; a cycle is found when the walk meets a person already on its path.
 */
export function findMentorCycles(
  starts: Iterable<string>,
  mentorsOf: (person: string) => readonly string[],
): string[][] {
  const ON_PATH = 1;
  const DONE = 2;
  const state = new Map<string, number>();
  const cycles: string[][] = [];
  for (const start of starts) {
    if (state.has(start)) continue;
    const path: string[] = [start];
    const next: number[] = [0];
    const depth = new Map([[start, 0]]);
    state.set(start, ON_PATH);
    while (path.length > 0) {
      const top = path.length - 1;
      const person = path[top]!;
      const mentors = mentorsOf(person);
      const i = next[top]!;
      if (i >= mentors.length) {
        state.set(person, DONE);
        depth.delete(person);
        path.pop();
        next.pop();
        continue;
      }
      next[top] = i + 1;
      const mentor = mentors[i]!;
      const seen = state.get(mentor);
      if (seen === undefined) {
        state.set(mentor, ON_PATH);
        depth.set(mentor, path.length);
        path.push(mentor);
        next.push(0);
      } else if (seen === ON_PATH) {
        cycles.push(path.slice(depth.get(mentor)));
      }
    }
  }
  return cycles;
}
