// libFuzzer target: the schema.json parser on any bytes, in every encoding
// json.loads(bytes) accepts (UTF-8 with or without a byte order mark,
// UTF-16 and UTF-32), as JsonNode contents are read too. Whatever parses
// must serialize to JSON that parses back to the same text; whatever is
// refused must say why; the text is only ever handed back in pieces of
// itself.
#include "FuzzSupport.h"
#include "JsonDocument.h"

using namespace skops;

namespace {

void checkRoundTrip(const JsonDocument &doc)
{
    const std::string once = doc.serialize(doc.root());
    const auto again = JsonDocument::parseText(QByteArrayView(once.data(), qsizetype(once.size())));
    if (!again.ok())
        fuzz::fail("serialized JSON does not parse again", again.error().message);
    if (again->serialize(again->root()) != once)
        fuzz::fail("serializing what was parsed back gives other text",
                   QString::fromStdString(once));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    const char *const begin = text.data();
    const char *const end = begin + text.size();
    const auto doc = JsonDocument::parse(text, fuzz::fuzzLimits(), nullptr, [&](QByteArrayView piece) {
        if (piece.data() < begin || piece.data() + piece.size() > end)
            fuzz::fail("the parser handed back bytes outside its text");
    });
    if (doc.ok())
        checkRoundTrip(doc.value());
    else if (doc.error().code == ErrorCode::None || doc.error().message.isEmpty())
        fuzz::fail("refused text without an error code or a message");

    const auto str = JsonDocument::parseText(text, fuzz::fuzzLimits());
    if (str.ok())
        checkRoundTrip(str.value());
    else if (str.error().code == ErrorCode::None || str.error().message.isEmpty())
        fuzz::fail("refused text without an error code or a message");
    return 0;
}
