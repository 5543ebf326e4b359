package dev.aegisplanner.app.editor.demand;

import dev.aegisplanner.app.editor.analysis.Figures;
import dev.aegisplanner.app.editor.theme.Styles;
import dev.aegisplanner.model.capacity.demand.DemandFile;
import dev.aegisplanner.model.edit.DemandEdits;
import dev.aegisplanner.model.validation.Problem;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Importing demand, asked with the window's dialogs. */
public final class WindowDemandImportDialogs implements DemandImportDialogs {

    private final Window owner;

    public WindowDemandImportDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import demand");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Demand (*.csv, *.json)", "*.csv", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Decision> decide(DemandFile file, int planEntries) {
        String name = file.path().getFileName().toString();
        boolean clean = file.problems().isEmpty();
        int acceptable = file.acceptable().size();
        ButtonType take = new ButtonType(clean ? "Import" : acceptable == 0 ? "Import" : "Import "
                + Figures.count(acceptable, "Acceptable Entry", "Acceptable Entries"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(clean ? Alert.AlertType.CONFIRMATION : Alert.AlertType.WARNING, null, take,
                ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Import demand");
        alert.getDialogPane().setId("demand-import-dialog");
        alert.getDialogPane().getStyleClass().add(Styles.DIALOG);
        alert.getDialogPane().setMinWidth(560);
        alert.setHeaderText(clean ? name + ": " + Figures.count(file.entries().size(), "entry", "entries")
                : name + ": " + Figures.count(file.problems().size(), "problem") + ", " + acceptable + " of "
                        + file.entries().size() + " entries without one");
        VBox content = new VBox();
        content.getStyleClass().add(Styles.DIALOG_CONTENT);
        if (!clean) {
            Label explain = new Label(acceptable == 0 ? "Nothing in the file can be imported as it is. Fix the lines "
                    + "below and import again; the plan is unchanged."
                    : "The lines below have problems and would be left out. Import the rest, or cancel, fix the "
                            + "file and import again; the plan is unchanged until you import.");
            explain.setWrapText(true);
            explain.setMinHeight(Region.USE_PREF_SIZE);
            ListView<String> problems = new ListView<>();
            problems.setId("demand-import-problems");
            file.problems().forEach(p -> problems.getItems().add(position(p) + p.message()));
            problems.setPrefSize(620, Math.min(300, 40 + file.problems().size() * 28));
            content.getChildren().addAll(explain, problems);
        }
        ToggleGroup mode = new ToggleGroup();
        RadioButton replace = new RadioButton("Replace the plan's demand (" + Figures.count(planEntries, "entry", "entries") + "): the file describes the same traffic");
        replace.setId("demand-import-replace");
        RadioButton add = new RadioButton("Add to the plan's demand: the file describes other traffic");
        add.setId("demand-import-add");
        replace.setToggleGroup(mode);
        add.setToggleGroup(mode);
        replace.setSelected(true);
        if (clean || acceptable > 0) {
            content.getChildren().addAll(replace, add);
        } else {
            alert.getDialogPane().lookupButton(take).setDisable(true);
        }
        alert.getDialogPane().setContent(content);
        return alert.showAndWait().filter(answer -> answer == take)
                .map(answer -> new Decision(clean ? file.entries() : file.acceptable(),
                        add.isSelected() ? DemandEdits.Import.ADD : DemandEdits.Import.REPLACE));
    }

    private static String position(Problem problem) {
        return problem.hasPosition() ? "line " + problem.line() + ", column " + problem.column() + ": " : "";
    }

    @Override
    public void showUnreadable(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message + "\n\nThe plan is unchanged.", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Import demand");
        alert.setHeaderText("Cannot import demand");
        alert.getDialogPane().setId("demand-unreadable-dialog");
        alert.getDialogPane().getStyleClass().add(Styles.DIALOG);
        alert.showAndWait();
    }
}
