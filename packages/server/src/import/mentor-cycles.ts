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
  const DONE = -1;
  // A person's position on the current path, or DONE once every walk from them is finished.
  const state = new Map<string, number>();
  const cycles: string[][] = [];
  // The path, each person's mentors and how many of them were followed: reused for every start.
  const path: string[] = [];
  const mentorLists: (readonly string[])[] = [];
  const next: number[] = [];
  for (const start of starts) {
    if (state.has(start)) continue;
    state.set(start, 0);
    path.push(start);
    mentorLists.push(mentorsOf(start));
    next.push(0);
    while (path.length > 0) {
      const top = path.length - 1;
      const mentors = mentorLists[top]!;
      const i = next[top]!;
      if (i >= mentors.length) {
        state.set(path[top]!, DONE);
        path.pop();
        mentorLists.pop();
        next.pop();
        continue;
      }
      next[top] = i + 1;
      const mentor = mentors[i]!;
      const seen = state.get(mentor);
      if (seen === undefined) {
        state.set(mentor, path.length);
        path.push(mentor);
        mentorLists.push(mentorsOf(mentor));
        next.push(0);
      } else if (seen !== DONE) {
        cycles.push(path.slice(seen));
      }
    }
  }
  return cycles;
}
