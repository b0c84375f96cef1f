#include "WarningsPanel.h"

#include "PythonText.h"
#include "SkopsFile.h"
#include "StructuralCheck.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace skops;

WarningsPanel::WarningsPanel(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount))
    , m_status(new QLabel)
{
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Where"), tr("Warning")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Structural warnings"));
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) { activateRow(row); });
    setFile(nullptr);
}

WarningsPanel::~WarningsPanel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void WarningsPanel::setFile(std::shared_ptr<const SkopsFile> file)
{
    if (m_cancel)
        m_cancel->store(true);
    const quint64 job = ++m_job;
    m_warnings.clear();
    m_table->setRowCount(0);
    if (!file) {
        m_checking = false;
        m_cancel.reset();
        m_status->setText(tr("No file is open."));
        return;
    }
    m_checking = true;
    m_status->setText(tr("Checking the file's structure…"));
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto *watcher = new QFutureWatcher<std::vector<StructuralWarning>>(this);
    connect(watcher, &QFutureWatcher<std::vector<StructuralWarning>>::finished, this, [this, watcher, job] {
        std::vector<StructuralWarning> warnings = watcher->result();
        watcher->deleteLater();
        if (job != m_job)
            return; // another file came since
        m_checking = false;
        showWarnings(std::move(warnings));
    });
    watcher->setFuture(QtConcurrent::run(
        [file, cancel = m_cancel] { return StructuralCheck::run(*file, cancel.get()); }));
}

void WarningsPanel::showWarnings(std::vector<StructuralWarning> warnings)
{
    m_warnings = std::move(warnings);
    m_table->setRowCount(int(m_warnings.size()));
    for (int row = 0; row < int(m_warnings.size()); ++row) {
        const StructuralWarning &warning = m_warnings[std::size_t(row)];
        auto *code = new QTableWidgetItem(StructuralWarning::codeName(warning.code));
        QString where;
        if (warning.path)
            where = warning.path->isEmpty() ? tr("(root)") : python::escapeForDisplay(*warning.path);
        else if (!warning.member.isEmpty())
            where = tr("member %1").arg(python::escapeForDisplay(warning.member));
        auto *path = new QTableWidgetItem(where);
        if (warning.path)
            path->setData(PathRole, *warning.path);
        // File text in the message is escaped already; line breaks of the
        // translation are not wanted in a one-line cell.
        const QString text = python::escapeForDisplay(warning.message);
        auto *message = new QTableWidgetItem(text);
        for (QTableWidgetItem *item : {code, path, message})
            item->setToolTip(text);
        m_table->setItem(row, CodeColumn, code);
        m_table->setItem(row, PathColumn, path);
        m_table->setItem(row, MessageColumn, message);
    }
    m_table->resizeColumnToContents(CodeColumn);
    m_status->setText(m_warnings.empty()
                          ? tr("No structural warnings.")
                          : tr("%n structural warning(s): what skops does not check or silently accepts. "
                               "Activate one to select its node.",
                               nullptr, int(m_warnings.size())));
    emit finished(int(m_warnings.size()));
}

void WarningsPanel::activateRow(int row)
{
    const QTableWidgetItem *path = m_table->item(row, PathColumn);
    if (path && path->data(PathRole).isValid())
        emit pathActivated(path->data(PathRole).toString());
}
