/** Org-chart CSV used by the binary's tests. */

/** A small valid org chart: two teams in one group, a lead, mentors. */
export const GOOD_CSV = [
  "name,email,team,group,mentor,role",
  "Dana Scully,dana@example.com,Platform,Core,,lead",
  "Fox Mulder,fox@example.com,Platform,Core,dana@example.com,member",
  "Walter Skinner,walter@example.com,Search,Core,,leader",
  "Monica Reyes,monica@example.com,Search,Core,walter@example.com,",
  "",
].join("\n");
