package dev.cruddur.console.core.env;

import java.nio.file.Path;
import java.util.Map;

/** Where the console keeps settings and local data, following the XDG base directory spec. */
public record AppDirs(Path configDir, Path dataDir) {

    private static final String APP = "cruddur-console";

    public static AppDirs fromEnvironment(Map<String, String> env) {
        Path home = Path.of(System.getProperty("user.home"));
        Path config = xdg(env, "XDG_CONFIG_HOME", home.resolve(".config"));
        Path data = xdg(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share"));
        return new AppDirs(config.resolve(APP), data.resolve(APP));
    }

    /** Both folders under one root; for tests and for portable use. */
    public static AppDirs under(Path root) {
        return new AppDirs(root.resolve("config"), root.resolve("data"));
    }

    private static Path xdg(Map<String, String> env, String variable, Path fallback) {
        String value = env.get(variable);
        // The spec says relative paths are invalid and must be ignored.
        return value != null && !value.isBlank() && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }
}
