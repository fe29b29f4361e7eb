import { Command } from "commander";

/** `rota quota APPLICANTS.(csv|xlsx) [--total 40] [--min 1] [--format text|json]` (first version). */
export function quotaCommand(): Command {
  return new Command("quota")
    .description("臨床研究医コースの定員配分 / allocate the clinician-scientist course's places")
    .argument("<applicants>", "CSV or xlsx: field, applicants")
    .option("--total <n>", "total places", "40")
    .option("--min <n>", "minimum places per field taking part", "1")
    .option("--format <format>", "text or json", "text")
    .action(() => {
      process.stderr.write("rota quota: not implemented yet\n");
      process.exitCode = 2;
    });
}
