package dev.aegisplanner.app.editor.files;

/** A sample topology shipped with the editor: its file name and its text. */
public record Sample(String fileName, String json) {

    /** "two-metros.json" becomes "Two metros". */
    public String title() {
        String base = fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - 5) : fileName;
        String words = base.replace('-', ' ').replace('_', ' ');
        return words.isEmpty() ? fileName : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
