#include "AboutDialog.h"

#include "TrustProfile.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

using skops::TrustProfile;

namespace {

QString tableRow(const QString &name, const QString &value)
{
    return QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
        .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

AboutDialog::AboutDialog(const QString &activeProfile, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Skops Explorer"));

    auto *icon = new QLabel(this);
    const QIcon appIcon = QApplication::windowIcon();
    if (!appIcon.isNull())
        icon->setPixmap(appIcon.pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    m_versions = new QLabel(versionsHtml(activeProfile), this);
    m_versions->setTextFormat(Qt::RichText);
    m_versions->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_versions->setWordWrap(true);
    // Wide enough that each profile's versions fit on one line.
    m_versions->setMinimumWidth(m_versions->fontMetrics().averageCharWidth() * 90);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *content = new QHBoxLayout;
    content->addWidget(icon);
    content->addWidget(m_versions, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(content);
    layout->addWidget(buttons);
}

QString AboutDialog::versionsHtml(const QString &activeProfile)
{
    QString html
        = QStringLiteral("<h3>%1</h3><p>%2</p>")
              .arg(tr("Skops Explorer %1").arg(QStringLiteral(SKOPS_VERSION)).toHtmlEscaped(),
                  tr("Inspect, audit and export scikit-learn .skops files without Python. "
                     "Nothing stored in a file is ever executed.")
                      .toHtmlEscaped());

    html += QStringLiteral("<table cellspacing=\"4\">");
    // The Qt found at run time can be newer than the one the app was built with.
    html += tableRow(tr("Qt"),
        tr("%1 (built with %2)")
            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    html += tableRow(tr("QuaZip"), QStringLiteral(SKOPS_QUAZIP_VERSION));
    html += QStringLiteral("</table><p>%1</p>")
                .arg(tr(
                    "Built-in allow-lists: the types skops trusts by default, as recorded in each "
                    "environment.")
                         .toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"4\">");
    for (const QString &name : TrustProfile::builtinNames()) {
        const auto profile = TrustProfile::builtin(name);
        const QString versions = profile ? profile.value()->versions() : profile.error().message;
        html += tableRow(name == activeProfile ? tr("%1 (in use)").arg(name) : name, versions);
    }
    html += QStringLiteral("</table>");
    return html;
}
