#pragma once

#include "ModelExporter.h"

#include <QDialog>

class QLabel;
class QTableWidget;

// What an export removed or changed, one row per change (kind, place in
// schema.json, archive member, what happened), read-only and copyable
// (Ctrl+C or the context menu copy the selected rows as tab-separated
// text). "Save report as JSON…" writes the report as `skops-inspect export
// --report` does.
class ExportReportDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { KindColumn, PathColumn, MemberColumn, DetailColumn, ColumnCount };

    explicit ExportReportDialog(skops::ExportReport report, QWidget *parent = nullptr);

    const skops::ExportReport &report() const { return m_report; }
    QTableWidget *table() const { return m_table; }
    QString summaryText() const;
    // The report as JSON in `path`, replaced only when completely written.
    skops::Status saveJson(const QString &path) const;

    static QString kindText(skops::ExportChange::Kind kind);

private:
    void chooseJsonFile();

    skops::ExportReport m_report;
    QLabel *m_summary;
    QTableWidget *m_table;
};
