// Accounts the end-to-end database holds: the demo accounts from the seed, plus a viewer.
const demoPassword = process.env.DEMO_PASSWORD ?? "claimdesk-demo";

export const EDITOR = { email: "editor@claimdesk.test", password: demoPassword };
export const ADMIN = { email: "admin@claimdesk.test", password: demoPassword };
export const VIEWER = { email: "viewer@claimdesk.test", password: "viewer-password-123", name: "Demo Viewer" };
