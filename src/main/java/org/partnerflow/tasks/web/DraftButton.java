package org.partnerflow.tasks.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which draft button a task form was sent with (its {@code _draft} value): Save as draft ({@code save}), Add another
 * ({@code add:milestones}) or Remove ({@code remove:milestones[2]}). All three save the form as the task's draft,
 * so the lists of a form grow and shrink without JavaScript; the page then opens again where the reader was.
 */
record DraftButton(Kind kind, String list, int row) {

    enum Kind { SAVE, ADD, REMOVE }

    private static final Pattern ADD = Pattern.compile("add:([A-Za-z][A-Za-z0-9]{0,60})");
    private static final Pattern REMOVE = Pattern.compile("remove:([A-Za-z][A-Za-z0-9]{0,60})\\[(\\d{1,3})]");

    /** The button; anything unknown saves the draft and nothing more. */
    static DraftButton of(String value) {
        String given = value == null ? "" : value;
        Matcher add = ADD.matcher(given);
        if (add.matches()) {
            return new DraftButton(Kind.ADD, add.group(1), -1);
        }
        Matcher remove = REMOVE.matcher(given);
        if (remove.matches()) {
            return new DraftButton(Kind.REMOVE, remove.group(1), Integer.parseInt(remove.group(2)));
        }
        return new DraftButton(Kind.SAVE, null, -1);
    }

    /** The form's fields to save: all of them, less the removed row's. */
    Map<String, String[]> fields(Map<String, String[]> params) {
        if (kind != Kind.REMOVE) {
            return params;
        }
        String row = list + "[" + this.row + "]";
        Map<String, String[]> kept = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            boolean inRow = name.equals(row) || name.startsWith(row + ".") || name.startsWith(row + "[");
            if (!inRow) {
                kept.put(name, values);
            }
        });
        return kept;
    }

    /** The bundle key (i18n/tasks.properties) of what the page says once the draft is saved. */
    String noticeKey() {
        return switch (kind) {
            case SAVE -> "task.notice.draftSaved";
            case ADD -> "task.notice.draftRowAdded";
            case REMOVE -> "task.notice.draftRowRemoved";
        };
    }

    /**
     * Where the page opens again: the new row (its index is the number of rows saved, at least 1 as an empty list
     * shows one empty row), the list a row left, or the top of the form.
     */
    String anchor(int rowsSaved) {
        return switch (kind) {
            case SAVE -> "";
            case ADD -> "#" + list + "-" + Math.max(1, rowsSaved);
            case REMOVE -> "#" + list;
        };
    }
}
