#include "CsvExport.h"

#include <QSaveFile>
#include <QStringList>

namespace skops {

namespace {

constexpr qint64 kFlushBytes = 1 << 20;
constexpr qint64 kCellsPerCheck = 1 << 16; // between looks at cancel and progress
const QLatin1String kLineEnd("\r\n");

// Column headers stay English whatever the locale: programs read the CSV, and
// one export must give the same bytes everywhere (the table's headers are translated).
QString axisHeader(int axis)
{
    return QStringLiteral("axis %1").arg(axis);
}

// Lines gathered in memory and written in large blocks; the QSaveFile only
// replaces the target when everything was written.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)

public:
    explicit CsvWriter(const QString &path)
        : m_file(path)
    { }

    Status open()
    {
        if (!m_file.open(QIODevice::WriteOnly))
            return failure();
        return Status();
    }

    Status addLine(const QStringList &fields)
    {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                m_buffer += ',';
            m_buffer += CsvExport::field(fields[i]).toUtf8();
        }
        m_buffer += kLineEnd;
        return m_buffer.size() >= kFlushBytes ? flush() : Status();
    }

    Status commit()
    {
        const Status flushed = flush();
        if (!flushed)
            return flushed;
        if (!m_file.commit())
            return failure();
        return Status();
    }

    Error cancel()
    {
        m_file.cancelWriting();
        return makeError(ErrorCode::Cancelled, tr("The export was cancelled."));
    }

private:
    Status flush()
    {
        if (m_file.write(m_buffer) != m_buffer.size()) {
            m_file.cancelWriting();
            return failure();
        }
        m_buffer.clear();
        return Status();
    }

    Error failure() const
    {
        return makeError(ErrorCode::WriteFailed,
            tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
    }

    QSaveFile m_file;
    QByteArray m_buffer;
};

// Looks at `cancel` and reports progress every kCellsPerCheck cells.
class Pacer
{
public:
    Pacer(const std::atomic<bool> *cancel, const CsvExport::Progress &progress, qint64 total)
        : m_cancel(cancel)
        , m_progress(progress)
        , m_total(total)
    { }

    // False when the export is cancelled.
    bool advance(qint64 done, qint64 cells)
    {
        m_cells += cells;
        if (m_cells < kCellsPerCheck)
            return true;
        m_cells = 0;
        if (m_progress)
            m_progress(done, m_total);
        return !(m_cancel && m_cancel->load(std::memory_order_relaxed));
    }

private:
    const std::atomic<bool> *m_cancel;
    const CsvExport::Progress &m_progress;
    qint64 m_total;
    qint64 m_cells = 0;
};

} // namespace

QString CsvExport::field(const QString &text)
{
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

Status CsvExport::writeArray(const QString &path, const NpyArray &array, const NpyArray *mask,
    const std::atomic<bool> *cancel, const Progress &progress)
{
    const ArraySlice fields(array.shape(), array.dtype());
    CsvWriter writer(path);
    if (Status opened = writer.open(); !opened)
        return opened;
    const std::vector<qint64> &shape = array.shape();
    QStringList header;
    for (int axis = 0; axis < int(shape.size()); ++axis)
        header << axisHeader(axis);
    if (fields.fields().empty()) {
        header << QStringLiteral("value");
    } else {
        for (const ArraySlice::Field &field : fields.fields())
            header << field.name;
    }
    if (Status written = writer.addLine(header); !written)
        return written;

    std::vector<qint64> index(shape.size(), 0); // row-major counter
    const qint64 total = array.size();
    Pacer pacer(cancel, progress, total);
    for (qint64 flat = 0; flat < total; ++flat) {
        if (!pacer.advance(flat, qint64(header.size())))
            return writer.cancel();
        QStringList line;
        for (qint64 position : index)
            line << QString::number(position);
        const bool masked = ArraySlice::isMasked(mask, flat);
        for (int field = 0; field < fields.fieldCount(); ++field)
            line << (masked ? QString() : fields.text(array, flat, field));
        if (Status written = writer.addLine(line); !written)
            return written;
        for (size_t k = index.size(); k-- > 0;) {
            if (++index[k] < shape[k])
                break;
            index[k] = 0;
        }
    }
    if (progress)
        progress(total, total);
    return writer.commit();
}

Status CsvExport::writeSlice(const QString &path, const NpyArray &array, const ArraySlice &slice,
    const NpyArray *mask, const std::atomic<bool> *cancel, const Progress &progress)
{
    CsvWriter writer(path);
    if (Status opened = writer.open(); !opened)
        return opened;
    const qint64 rows = slice.rowCount();
    const qint64 columns = slice.columnCount();
    QStringList header;
    header << (slice.rowAxis() < 0 ? QString() : axisHeader(slice.rowAxis()));
    for (qint64 column = 0; column < columns; ++column)
        header << slice.columnLabel(column);
    if (Status written = writer.addLine(header); !written)
        return written;

    Pacer pacer(cancel, progress, rows);
    for (qint64 row = 0; row < rows; ++row) {
        if (!pacer.advance(row, columns + 1))
            return writer.cancel();
        QStringList line;
        line << slice.rowLabel(row);
        for (qint64 column = 0; column < columns; ++column) {
            const qint64 flat = slice.flatIndex(row, column);
            line << (ArraySlice::isMasked(mask, flat)
                    ? QString()
                    : slice.text(array, flat, slice.fieldOfColumn(column)));
        }
        if (Status written = writer.addLine(line); !written)
            return written;
    }
    if (progress)
        progress(rows, rows);
    return writer.commit();
}

} // namespace skops
