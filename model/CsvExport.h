#pragma once

#include "ArraySlice.h"
#include "NpyArray.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace skops {

// Writes arrays as CSV (RFC 4180: comma-separated, CRLF line ends, fields
// with a comma, quote or line break quoted, quotes doubled), UTF-8, through
// QSaveFile so that a failed or cancelled export leaves no partial file.
// Values are the table's texts (NpyArray::toText); masked values are empty.
class CsvExport
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // The whole array, one line per element in row-major order: its index
    // along every axis, then its value (one column per field of a structured
    // dtype), under a header line naming the columns.
    static Status writeArray(const QString &path, const NpyArray &array,
        const NpyArray *mask = nullptr, const std::atomic<bool> *cancel = nullptr,
        const Progress &progress = {});
    // One 2-D slice as the table shows it: a header line with the column
    // labels, then one line per row led by the row's index.
    static Status writeSlice(const QString &path, const NpyArray &array, const ArraySlice &slice,
        const NpyArray *mask = nullptr, const std::atomic<bool> *cancel = nullptr,
        const Progress &progress = {});

    // One field, quoted when RFC 4180 requires it.
    static QString field(const QString &text);
};

} // namespace skops
