package org.yusuan.workbench.app.grid;

/**
 * One selected cell of a line grid, as the view model sees it: the row and the field its column edits
 * (the name given with {@link GridColumns#field}), so clearing several cells can be one undoable edit.
 */
public record GridCell<R>(R row, String field) {
}
