#pragma once

#include "StructuralWarning.h"

#include <QWidget>

#include <atomic>
#include <memory>
#include <vector>

class QLabel;
class QTableWidget;

namespace skops {
class SkopsFile;
}

// The structural warnings of the open file (StructuralCheck): code, where,
// and what, one row each. The check reads Tree arrays, so it runs off the
// GUI thread; a newer file makes an older result stale. Activating a row
// that names a place asks the window to select that node.
class WarningsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { CodeColumn, PathColumn, MessageColumn, ColumnCount };
    // The raw JSON pointer of a row (Qt::UserRole of its path cell).
    static constexpr int PathRole = Qt::UserRole;

    explicit WarningsPanel(QWidget *parent = nullptr);
    ~WarningsPanel() override;

    // Starts checking `file` (nullptr clears); finished() follows.
    void setFile(std::shared_ptr<const skops::SkopsFile> file);
    bool isChecking() const { return m_checking; }
    int count() const { return int(m_warnings.size()); }
    const std::vector<skops::StructuralWarning> &warnings() const { return m_warnings; }
    QTableWidget *table() const { return m_table; }

signals:
    // The check of the current file is done; count() warnings are listed.
    void finished(int count);
    void pathActivated(const QString &path);

private:
    void showWarnings(std::vector<skops::StructuralWarning> warnings);
    void activateRow(int row);

    QTableWidget *m_table;
    QLabel *m_status;
    std::vector<skops::StructuralWarning> m_warnings;
    quint64 m_job = 0;
    bool m_checking = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};
