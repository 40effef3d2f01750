/** Names that try to break rendering: markup, length, emoji, right-to-left scripts. */
export const HOSTILE_NAMES = {
  markup: `<script>alert("x")</script> & 'friends'`,
  long: `${"Bartholomew-Maximilian ".repeat(22)}the Long`.slice(0, 500),
  emoji: "👩🏽‍💻 Zoë 🚀🇳🇱 Dev",
  hebrew: "נועה כהן-לוי",
  arabic: "ليلى عبد الرحمن",
} as const;
