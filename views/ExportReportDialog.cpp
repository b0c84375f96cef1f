#include "ExportReportDialog.h"

#include "ItemViewCopy.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

using skops::ExportChange;
using skops::ExportReport;

ExportReportDialog::ExportReportDialog(ExportReport report, QWidget *parent)
    : QDialog(parent)
    , m_report(std::move(report))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(int(m_report.changes.size()), ColumnCount, this))
{
    setWindowTitle(tr("Export report"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(summaryText());

    m_table->setHorizontalHeaderLabels({tr("Change"), tr("Path"), tr("Member"), tr("Detail")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < int(m_report.changes.size()); ++row) {
        const ExportChange &change = m_report.changes[std::size_t(row)];
        const QStringList cells{kindText(change.kind), change.path, change.member, change.detail};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();

    auto *copy = new QAction(tr("Copy rows"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, [this] { itemviewcopy::copySelection(m_table); });
    m_table->addAction(copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("Save report as JSON…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveReportButton"));
    connect(save, &QPushButton::clicked, this, &ExportReportDialog::chooseJsonFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(820, 420);
}

QString ExportReportDialog::summaryText() const
{
    QString text = tr("Written to %1: %n member(s), protocol %2, %3.", nullptr, int(m_report.members.size()))
                       .arg(QDir::toNativeSeparators(m_report.output))
                       .arg(m_report.outputProtocol)
                       .arg(m_report.deflate ? tr("deflated") : tr("stored"));
    text += QLatin1Char(' ');
    text += m_report.changes.empty()
                ? tr("Nothing was removed or changed.")
                : tr("%n thing(s) removed or changed:", nullptr, int(m_report.changes.size()));
    return text;
}

QString ExportReportDialog::kindText(ExportChange::Kind kind)
{
    switch (kind) {
    case ExportChange::Kind::Protocol:
        return tr("protocol");
    case ExportChange::Kind::Converted:
        return tr("converted");
    case ExportChange::Kind::SkopsVersion:
        return tr("skops version");
    case ExportChange::Kind::Edited:
        return tr("edited");
    case ExportChange::Kind::Relocated:
        return tr("state moved");
    case ExportChange::Kind::RepeatsRewritten:
        return tr("repeats rewritten");
    case ExportChange::Kind::MemberRemoved:
        return tr("member removed");
    case ExportChange::Kind::DuplicateRemoved:
        return tr("duplicate removed");
    case ExportChange::Kind::MemberRenamed:
        return tr("member renamed");
    case ExportChange::Kind::MemberMissing:
        return tr("member missing");
    case ExportChange::Kind::CommentRemoved:
        return tr("comment removed");
    case ExportChange::Kind::SchemaRewritten:
        return tr("schema rewritten");
    case ExportChange::Kind::Compression:
        return tr("compression");
    }
    return QString();
}

skops::Status ExportReportDialog::saveJson(const QString &path) const
{
    const std::string json = m_report.toJson();
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return skops::makeError(skops::ErrorCode::WriteFailed, file.errorString());
    if (file.write(json.data(), qint64(json.size())) != qint64(json.size()) || !file.commit())
        return skops::makeError(skops::ErrorCode::WriteFailed, file.errorString());
    return skops::Status();
}

void ExportReportDialog::chooseJsonFile()
{
    const QFileInfo output(m_report.output);
    const QString proposed = output.dir().filePath(output.completeBaseName() + QStringLiteral("-report.json"));
    auto *dialog = new QFileDialog(this, tr("Save report as JSON"), proposed, tr("JSON files (*.json)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const skops::Status status = saveJson(path);
        if (status.ok())
            return;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Report not saved"),
                                    tr("Could not write %1.").arg(QDir::toNativeSeparators(path)),
                                    QMessageBox::Ok, this);
        box->setInformativeText(status.error().message);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    dialog->open();
}
