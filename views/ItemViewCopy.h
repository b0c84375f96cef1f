#pragma once

#include <QString>

class QAbstractItemView;

// The selected cells of a view as tab-separated text, rows in view order,
// for the clipboard.
namespace itemviewcopy {
QString selectionAsTsv(const QAbstractItemView *view);
bool copySelection(const QAbstractItemView *view);
} // namespace itemviewcopy
