#include "PythonSnippet.h"

#include <QList>

namespace skops {

QString PythonSnippet::stringLiteral(QStringView text)
{
    QString out = QStringLiteral("\"");
    for (const uint c : text.toUcs4()) {
        switch (c) {
        case U'\\':
            out += QLatin1String("\\\\");
            continue;
        case U'"':
            out += QLatin1String("\\\"");
            continue;
        case U'\n':
            out += QLatin1String("\\n");
            continue;
        case U'\r':
            out += QLatin1String("\\r");
            continue;
        case U'\t':
            out += QLatin1String("\\t");
            continue;
        default:
            break;
        }
        if (c >= 0x20 && c < 0x7f)
            out += QLatin1Char(char(c));
        else if (c < 0x100)
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else if (c < 0x10000)
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\U%1").arg(uint(c), 8, 16, QLatin1Char('0'));
    }
    out += QLatin1Char('"');
    return out;
}

QString PythonSnippet::loadCall(const QString &fileName, const QString &sha256,
                                const std::set<std::string> &trustedNames)
{
    QString text = QStringLiteral("# sha256: %1\nimport skops.io\nobj = skops.io.load(%2, trusted=[")
                       .arg(sha256, stringLiteral(fileName));
    if (trustedNames.empty())
        return text + QLatin1String("])\n");
    text += QLatin1Char('\n');
    // std::set orders UTF-8 bytewise, which is code point order.
    for (const std::string &name : trustedNames)
        text += QLatin1String("    ") + stringLiteral(QString::fromStdString(name)) + QLatin1String(",\n");
    return text + QLatin1String("])\n");
}

} // namespace skops
