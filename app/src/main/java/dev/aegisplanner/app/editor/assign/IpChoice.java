package dev.aegisplanner.app.editor.assign;

/**
 * One address in a server's checklist.
 *
 * @param pool the pool that holds it, or {@code null} when the server holds an address no pool has
 */
public record IpChoice(String address, String pool, boolean assigned) {

    public boolean inPool() {
        return pool != null;
    }

    public String detail() {
        return pool == null ? "in no pool" : pool;
    }
}
