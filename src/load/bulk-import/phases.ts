/**
 * Where a long `diplograph import` spends its time: each phase's wall-clock seconds and the
 * importer's own CPU seconds (this process, worker threads included), logged as the phase
 * ends and summed up in the last line. The server and neo4j-admin are other processes: their
 * CPU is not in these figures, only the time the importer waits for them.
 */
export interface Phase {
  name: string;
  seconds: number;
  cpuSeconds: number;
}

export interface PhaseClock {
  /** Runs `work` as the phase `name`, logging its figures when it ends (or fails). */
  time<T>(name: string, work: () => Promise<T>): Promise<T>;
  readonly phases: readonly Phase[];
  /** `name 1.2 s, name 3.4 s, …` */
  summary(): string;
}

const cpuSecondsSince = (from: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1e6;
};

export function createPhaseClock(log: (line: string) => void): PhaseClock {
  const phases: Phase[] = [];
  const add = (phase: Phase) => {
    phases.push(phase);
    log(
      `phase ${phase.name}: ${phase.seconds.toFixed(1)} s (importer CPU ${phase.cpuSeconds.toFixed(1)} s)`,
    );
  };
  return {
    phases,
    async time(name, work) {
      const began = process.hrtime.bigint();
      const cpu = process.cpuUsage();
      try {
        return await work();
      } finally {
        add({
          name,
          seconds: Number(process.hrtime.bigint() - began) / 1e9,
          cpuSeconds: cpuSecondsSince(cpu),
        });
      }
    },
    summary: () => phases.map((p) => `${p.name} ${p.seconds.toFixed(1)} s`).join(', '),
  };
}
