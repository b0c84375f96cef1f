#pragma once

#include <QLocale>

namespace skops {

// Installs the translators of skops-explorer and skops-inspect: the texts of
// this project (compiled into the model library under :/i18n) and Qt's own
// texts (qtbase_XX.qm of the Qt installation: standard buttons, the
// --help and --version texts of QCommandLineParser). The translators are
// children of the application object and live as long as it does.
class AppTranslator
{
public:
    AppTranslator() = delete;

    // Returns whether a catalog of this project matched the locale; English,
    // the language of the sources, has none.
    static bool install(const QLocale &locale = QLocale::system());
};

} // namespace skops
