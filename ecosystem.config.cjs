// Réso under pm2 (https://pm2.keymetrics.io): restarts it after a crash and, with `pm2 startup`, when the machine
// starts (Linux and macOS). The README's "Keeping Réso running" section walks through it:
//
//   npm install -g pm2
//   pm2 start ecosystem.config.cjs
//   pm2 save
//   pm2 startup        (then run the command it prints, once)
//
// Like deploy/reso.service, it runs the compiled bot (dist/index.js), not `npm start`: no npm process kept in memory
// (about 55 MB), and it never compiles. So build before the first start and
// after every update: `npm ci` does it (or `npm run build`).
module.exports = {
  apps: [
    {
      name: "reso",
      script: "dist/index.js",
      cwd: __dirname,
      // One process: two Réso on the same bot would both answer every command.
      instances: 1,
      exec_mode: "fork",
      autorestart: true,
      restart_delay: 5000,
      // pm2 sends SIGINT, then SIGKILL after kill_timeout (1.6 s by default): leave time for a clean stop.
      kill_timeout: 30000,
    },
  ],
};
