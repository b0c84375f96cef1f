#pragma once

#include <QCoreApplication>

namespace skops {

// The translation context of the model library. Its classes are plain C++
// (no QObject), so their messages call ModelText::tr(): lupdate then files
// every one of them under the context "skops", the same one used at run time.
class ModelText
{
    Q_DECLARE_TR_FUNCTIONS(skops)

public:
    ModelText() = delete;
};

} // namespace skops
