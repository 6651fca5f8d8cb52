/** What Linux says about a child process: CPU time and memory, read from /proc (no sampling needed). */
import { readFileSync } from "node:fs";

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux that Node supports

/** User + system CPU time of a process so far, in milliseconds. */
export function cpuTimeMs(pid: number): number {
  return cpuTimeMsOf(`/proc/${pid}/stat`);
}

/** VmHWM (peak resident set size) and VmRSS (current), in megabytes. */
export function memoryMb(pid: number): { peakRss: number; rss: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
  return { peakRss: kb("VmHWM") / 1024, rss: kb("VmRSS") / 1024 };
}

/** CPU time (ms) of the process's main thread (the JavaScript event loop) and of all its other threads together. */
export function threadCpuMs(pid: number): { main: number; others: number } {
  const total = cpuTimeMs(pid);
  const main = cpuTimeMsOf(`/proc/${pid}/task/${pid}/stat`);
  return { main, others: total - main };
}

/** utime + stime of a /proc stat file; the command name (field 2) may hold spaces: fields count from its ")". */
function cpuTimeMsOf(path: string): number {
  const stat = readFileSync(path, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** CPU time (ms) the whole machine spent busy so far, all CPUs together (from /proc/stat). */
export function machineBusyMs(): number {
  const line = readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
  // cpu user nice system idle iowait irq softirq steal guest guest_nice
  const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
  const busy = (user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0);
  return (busy * 1000) / CLOCK_TICKS_PER_SECOND;
}
