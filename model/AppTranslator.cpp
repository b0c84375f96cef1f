#include "AppTranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace skops {

namespace {

bool installCatalog(const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, name, QStringLiteral("_"), directory)
        || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}

} // namespace

bool AppTranslator::install(const QLocale &locale)
{
    // Qt's texts first: a translator installed later is asked first, so ours
    // win for the few contexts both could know.
    installCatalog(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return installCatalog(locale, QStringLiteral("skops-explorer"), QStringLiteral(":/i18n"));
}

} // namespace skops
