#include "TrustApprovalDialog.h"

#include "PythonSnippet.h"
#include "PythonText.h"
#include "TrustPalette.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace skops;

namespace {

constexpr int kNameRole = Qt::UserRole;
constexpr int kPathRole = Qt::UserRole;

QString displayName(const std::string &name)
{
    return python::escapeForDisplay(QString::fromStdString(name));
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

TrustApprovalDialog::TrustApprovalDialog(TrustApprovalRequest request, PolicyStore store, QWidget *parent)
    : QDialog(parent)
    , m_request(std::move(request))
    , m_store(std::move(store))
    , m_table(new QTableWidget(0, ColumnCount))
    , m_details(new QLabel)
    , m_pathsTitle(new QLabel)
    , m_paths(new QListWidget)
    , m_problem(new QLabel)
    , m_browse(new QPushButton(tr("&Browse without approving")))
    , m_approve(new QPushButton(tr("&Approve selected for this file")))
    , m_remember(new QPushButton(tr("Approve and &remember")))
    , m_cancel(new QPushButton(tr("&Cancel opening")))
{
    setWindowTitle(tr("Untrusted types in %1").arg(m_request.fileName));

    auto policy = m_store.load();
    if (policy.ok()) {
        m_policy = std::move(policy).value();
    } else {
        m_policyReadable = false;
        m_problem->setText(tr("Your trust policy cannot be read, so nothing can be remembered: %1")
                               .arg(policy.error().message));
    }

    auto *intro = new QLabel(
        tr("<p><b>%1</b> holds %n name(s) that the %2 allow-list does not trust: skops.io.load "
           "refuses the file unless they are passed in <code>trusted=[…]</code>.</p>"
           "<p>Check the names you recognise and trust. Nothing from the file is run here, "
           "whatever you approve; approving changes what this window shows and what the "
           "Python snippet passes to skops.</p>",
           nullptr, int(m_request.names.size()))
            .arg(html(python::escapeForDisplay(m_request.fileName)), html(m_request.profileName)));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);

    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Uses"), tr("Note")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->installEventFilter(this);
    fillTable();
    m_table->resizeColumnsToContents();

    m_details->setObjectName(QStringLiteral("details"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pathsTitle->setBuddy(m_paths);
    m_paths->installEventFilter(this);
    m_paths->setToolTip(tr("Click a path, or press Enter, to select that node in the tree and diagram."));

    auto *detailsPane = new QWidget;
    auto *detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details);
    detailsLayout->addWidget(m_pathsTitle);
    detailsLayout->addWidget(m_paths, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_table);
    splitter->addWidget(detailsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // The rich-text details would otherwise claim most of the width.
    splitter->setSizes({600, 400});
    splitter->setChildrenCollapsible(false);

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: %1").arg(TrustPalette::color(TrustState::Untrusted).name()));
    m_problem->setVisible(!m_policyReadable);

    m_browse->setDefault(true);
    m_browse->setToolTip(tr("Look at the file without approving anything. Always allowed."));
    m_approve->setToolTip(tr("Approve the checked names for this file only."));
    m_remember->setToolTip(tr("Approve the checked names and add them to your trust policy, so that "
                              "they are approved in every file you open."));
    m_cancel->setToolTip(tr("Close the file without showing it."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_remember);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_browse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { showDetails(row); });
    connect(m_table, &QTableWidget::itemChanged, this, [this] { updateButtons(); });
    connect(m_paths, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { emit pathActivated(item->data(kPathRole).toString()); });
    connect(m_browse, &QPushButton::clicked, this, [this] { finish(BrowseOnly); });
    connect(m_approve, &QPushButton::clicked, this, [this] { finish(ApproveForFile); });
    connect(m_remember, &QPushButton::clicked, this, [this] { finish(ApproveAndRemember); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { finish(CancelOpening); });

    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, NameColumn);
    showDetails(m_table->currentRow());
    updateButtons();
    m_table->setFocus();
    resize(1040, 560);
}

void TrustApprovalDialog::fillTable()
{
    m_table->setRowCount(int(m_request.names.size()));
    for (int row = 0; row < int(m_request.names.size()); ++row) {
        const UntrustedNameInfo &info = m_request.names[std::size_t(row)];
        auto *name = new QTableWidgetItem(displayName(info.name));
        name->setData(kNameRole, info.qName());
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        name->setCheckState(m_request.approved.count(info.name) ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, NameColumn, name);

        QStringList kinds;
        for (const ReferenceKind kind : info.kinds)
            kinds << UntrustedNameInfo::kindLabel(kind);
        m_table->setItem(row, KindColumn, new QTableWidgetItem(kinds.join(QStringLiteral(", "))));

        auto *uses = new QTableWidgetItem(QString::number(info.paths().size()));
        uses->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, OccurrencesColumn, uses);

        QStringList notes;
        if (const TrustPolicyEntry *entry = m_policy.matchingEntry(info.qName()))
            notes << tr("remembered (%1)").arg(python::escapeForDisplay(entry->name));
        if (!info.trustedByProfiles.isEmpty())
            notes << tr("trusted in %1").arg(info.trustedByProfiles.join(QStringLiteral(", ")));
        auto *note = new QTableWidgetItem(notes.join(QStringLiteral("; ")));
        note->setToolTip(note->text());
        m_table->setItem(row, NoteColumn, note);
    }
}

QString TrustApprovalDialog::detailsHtml(const UntrustedNameInfo &info) const
{
    QString text = QStringLiteral("<p><b>%1</b></p>").arg(html(displayName(info.name)));

    // Each kind once, with the loaders that make it that kind.
    for (const ReferenceKind kind : info.kinds) {
        QStringList loaders;
        for (const NameOccurrence &occurrence : info.occurrences) {
            if (occurrence.kind == kind && !loaders.contains(loaderName(occurrence.loader)))
                loaders << loaderName(occurrence.loader);
        }
        text += QStringLiteral("<p><b>%1</b> (%2): %3</p>")
                    .arg(html(UntrustedNameInfo::kindLabel(kind)), html(loaders.join(QStringLiteral(", "))),
                         html(UntrustedNameInfo::riskNote(kind)));
    }

    // The stored strings the name is made of, as Python literals, so that
    // invisible or look-alike characters show.
    text += QStringLiteral("<p>%1</p><table>").arg(html(tr("Stored in schema.json as:")));
    QStringList seen;
    for (const NameOccurrence &occurrence : info.occurrences) {
        for (const StoredField &field : occurrence.fields) {
            const QString where = field.pointer.isEmpty() ? tr("fixed by the %1 loader").arg(loaderName(occurrence.loader))
                                                          : field.pointer;
            const QString row = QStringLiteral("<tr><td><code>%1</code></td><td><code>%2</code></td><td>%3</td></tr>")
                                    .arg(html(field.field), html(PythonSnippet::stringLiteral(field.value)),
                                         html(python::escapeForDisplay(where)));
            if (!seen.contains(row))
                seen << row;
        }
    }
    text += seen.join(QString()) + QStringLiteral("</table>");

    if (info.trustedByProfiles.isEmpty())
        text += QStringLiteral("<p>%1</p>")
                    .arg(html(tr("No built-in profile trusts it: it is not among the defaults of any "
                                 "supported scikit-learn, numpy or scipy version.")));
    else
        text += QStringLiteral("<p>%1</p>")
                    .arg(html(tr("Trusted by default in %1: probably only a version difference between "
                                 "the environment that wrote the file and the %2 allow-list.")
                                  .arg(info.trustedByProfiles.join(QStringLiteral(", ")), m_request.profileName)));
    if (const TrustPolicyEntry *entry = m_policy.matchingEntry(info.qName())) {
        QString remembered = tr("Your trust policy approves it: %1").arg(python::escapeForDisplay(entry->name));
        if (!entry->note.isEmpty())
            remembered += QStringLiteral(" — ") + python::escapeForDisplay(entry->note);
        if (entry->added.isValid())
            remembered += QStringLiteral(" (%1)").arg(entry->added.toString(Qt::ISODate));
        text += QStringLiteral("<p>%1</p>").arg(html(remembered));
    }
    return text;
}

void TrustApprovalDialog::showDetails(int row)
{
    m_paths->clear();
    if (row < 0 || row >= int(m_request.names.size())) {
        m_details->setText(html(m_request.names.empty() ? tr("Nothing in this file needs approval.")
                                                        : tr("Select a name to see where it is.")));
        m_pathsTitle->setText(QString());
        return;
    }
    const UntrustedNameInfo &info = m_request.names[std::size_t(row)];
    m_details->setText(detailsHtml(info));
    const QStringList paths = info.paths();
    m_pathsTitle->setText(tr("&Occurrences (%1):").arg(paths.size()));
    QFont linkFont = m_paths->font();
    linkFont.setUnderline(true);
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(path.isEmpty() ? tr("(root)") : python::escapeForDisplay(path));
        item->setData(kPathRole, path);
        item->setFont(linkFont);
        item->setForeground(palette().brush(QPalette::Link));
        m_paths->addItem(item);
    }
    m_paths->setCurrentRow(0);
}

std::set<std::string> TrustApprovalDialog::selectedNames() const
{
    std::set<std::string> names;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, NameColumn);
        if (item->checkState() == Qt::Checked)
            names.insert(item->data(kNameRole).toString().toStdString());
    }
    return names;
}

QPushButton *TrustApprovalDialog::button(Decision decision) const
{
    switch (decision) {
    case BrowseOnly:
        return m_browse;
    case ApproveForFile:
        return m_approve;
    case ApproveAndRemember:
        return m_remember;
    case CancelOpening:
        return m_cancel;
    }
    return nullptr;
}

void TrustApprovalDialog::updateButtons()
{
    const bool anyChecked = !selectedNames().empty();
    // Approving nothing still withdraws earlier approvals for this file.
    m_approve->setEnabled(anyChecked || !m_request.approved.empty());
    m_remember->setEnabled(anyChecked && m_policyReadable);
}

bool TrustApprovalDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (watched == m_table && key == Qt::Key_Space) {
        // Toggle from any column of the row, not only on the name cell.
        if (QTableWidgetItem *item = m_table->item(m_table->currentRow(), NameColumn))
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        return true;
    }
    if (watched == m_paths && (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space)) {
        // Following a path must not also press the default button.
        if (QListWidgetItem *item = m_paths->currentItem())
            emit pathActivated(item->data(kPathRole).toString());
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void TrustApprovalDialog::finish(Decision decision)
{
    if (decision == ApproveAndRemember) {
        QString note = tr("approved for %1").arg(m_request.fileName);
        if (!m_request.sha256.isEmpty())
            note += QStringLiteral(" (sha256 %1)").arg(m_request.sha256);
        const Status saved = m_store.remember(selectedNames(), note);
        if (!saved.ok()) {
            m_problem->setText(tr("Nothing was remembered: %1").arg(saved.error().message));
            m_problem->show();
            return;
        }
    }
    m_decision = decision;
    emit decided(decision);
    if (decision == ApproveForFile || decision == ApproveAndRemember)
        QDialog::accept();
    else
        QDialog::reject();
}

void TrustApprovalDialog::reject()
{
    finish(BrowseOnly);
}
