package dev.cruddur.console.ui.conversations;

import dev.cruddur.console.core.conversations.SkFilter;
import dev.cruddur.console.core.error.UserFacingException;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The sort-key filter controls' state: none (the default), begins_with from a date and a preset, or between
 * two date-times in the local zone. Shows, live, the exact strings that will be sent, or the one sentence
 * saying what is wrong with the input.
 */
public final class FilterModel {

    private final ZoneId zone;
    private final ObjectProperty<SkFilter.Kind> kind = new SimpleObjectProperty<>(SkFilter.Kind.NONE);
    private final ObjectProperty<LocalDate> prefixDate = new SimpleObjectProperty<>();
    private final ObjectProperty<SkFilter.Preset> preset = new SimpleObjectProperty<>(SkFilter.Preset.DAY);
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>();
    private final StringProperty startTime = new SimpleStringProperty("00:00");
    private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>();
    private final StringProperty endTime = new SimpleStringProperty("23:59");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);

    public FilterModel(ZoneId zone) {
        this.zone = zone;
        for (Observable o : new Observable[]{kind, prefixDate, preset, startDate, startTime, endDate, endTime}) {
            o.addListener(x -> refresh());
        }
        refresh();
    }

    /** The filter as it stands; one sentence when the input is not a filter. */
    public SkFilter build() {
        return switch (kind.get()) {
            case NONE -> SkFilter.none();
            case BEGINS_WITH -> SkFilter.beginsWith(prefixDate.get(), preset.get());
            case BETWEEN -> SkFilter.between(at(startDate.get(), startTime.get(), "start"),
                    at(endDate.get(), endTime.get(), "end"), zone);
        };
    }

    private static LocalDateTime at(LocalDate date, String time, String which) {
        if (date == null) {
            throw new UserFacingException("Pick the " + which + " date of the range, or choose no filter.");
        }
        try {
            return date.atTime(LocalTime.parse(time == null ? "" : time.strip()));
        } catch (DateTimeParseException e) {
            throw new UserFacingException("The " + which + " time '" + time + "' is not a time; write it like 09:30.");
        }
    }

    private void refresh() {
        try {
            SkFilter f = build();
            String caveat = f.kind() == SkFilter.Kind.NONE ? "" : "  (" + zone.getId() + " for the pickers; "
                    + "sort keys compare as UTC text)";
            preview.set("Sends: " + f.describe() + caveat);
            valid.set(true);
        } catch (UserFacingException e) {
            preview.set(e.getMessage());
            valid.set(false);
        }
    }

    public ObjectProperty<SkFilter.Kind> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> prefixDateProperty() {
        return prefixDate;
    }

    public ObjectProperty<SkFilter.Preset> presetProperty() {
        return preset;
    }

    public ObjectProperty<LocalDate> startDateProperty() {
        return startDate;
    }

    public StringProperty startTimeProperty() {
        return startTime;
    }

    public ObjectProperty<LocalDate> endDateProperty() {
        return endDate;
    }

    public StringProperty endTimeProperty() {
        return endTime;
    }

    /** "Sends: begins_with(sk, "2023-03")" or what is wrong with the input. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public String caveat() {
        return SkFilter.NON_UTC_CAVEAT;
    }
}
