package dev.aegisplanner.model.topology;

/** Whether a location, data center or server is in service. A down element takes its contents down with it. */
public enum Status {
    UP("up"),
    DOWN("down");

    private final String json;

    Status(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    public boolean isUp() {
        return this == UP;
    }

    /** The status spelled as in the file, or {@code null} when the word is not a status. */
    public static Status fromJson(String text) {
        for (Status s : values()) {
            if (s.json.equals(text)) {
                return s;
            }
        }
        return null;
    }
}
