import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

describe("loadConfig", () => {
  it("binds to loopback on port 4810 by default", () => {
    const config = loadConfig({ HOME: "/home/ada" });
    expect(config.host).toBe("127.0.0.1");
    expect(config.port).toBe(4810);
    expect(config.publicUrl).toBe("http://127.0.0.1:4810");
    expect(config.dataDir).toBe("/home/ada/.local/share/ascent");
    expect(config.databaseUrl).toBeNull();
  });

  it("honours ASCENT_* variables, PORT as a fallback, and XDG_DATA_HOME", () => {
    expect(loadConfig({ PORT: "8080" }).port).toBe(8080);
    expect(loadConfig({ PORT: "8080", ASCENT_PORT: "9000" }).port).toBe(9000);
    expect(loadConfig({ XDG_DATA_HOME: "/data" }).dataDir).toBe("/data/ascent");
    expect(loadConfig({ ASCENT_DATA_DIR: "/srv/ascent" }).dataDir).toBe("/srv/ascent");
    expect(loadConfig({ ASCENT_HOST: "0.0.0.0", ASCENT_PORT: "80" }).publicUrl).toBe("http://0.0.0.0:80");
  });

  it("allows the public URL's host and loopback names, plus ASCENT_ALLOWED_HOSTS", () => {
    expect(loadConfig({}).allowedHosts).toEqual(["127.0.0.1", "localhost", "::1"]);
    const behindProxy = loadConfig({
      ASCENT_PUBLIC_URL: "https://Ascent.Example.com",
      ASCENT_ALLOWED_HOSTS: " ascent.internal , 10.0.0.5 ,",
    });
    expect(behindProxy.allowedHosts).toEqual([
      "ascent.example.com",
      "localhost",
      "127.0.0.1",
      "::1",
      "ascent.internal",
      "10.0.0.5",
    ]);
    expect(() => loadConfig({ ASCENT_ALLOWED_HOSTS: "http://x.example/" })).toThrow(/^ASCENT_ALLOWED_HOSTS:/);
  });

  it("names the variable at fault", () => {
    expect(() => loadConfig({ ASCENT_PORT: "eighty" })).toThrow(ConfigError);
    expect(() => loadConfig({ ASCENT_PORT: "eighty" })).toThrow(/^ASCENT_PORT: must be a whole number/);
    expect(() => loadConfig({ PORT: "99999" })).toThrow(/^PORT: must be between 0 and 65535/);
    expect(() => loadConfig({ ASCENT_DATABASE_URL: "mysql://x" })).toThrow(/^ASCENT_DATABASE_URL:/);
    expect(() => loadConfig({ ASCENT_PUBLIC_URL: "not a url" })).toThrow(/^ASCENT_PUBLIC_URL:/);
  });
});
