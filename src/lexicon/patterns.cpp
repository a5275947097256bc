#include "lexicon/patterns.hpp"

#include <stdexcept>

namespace klartjek::lexicon {

PatternSet::PatternSet(const std::vector<std::string>& patterns, bool case_sensitive) {
    re2::RE2::Options opt;
    opt.set_case_sensitive(case_sensitive);
    opt.set_log_errors(false);
    set_ = std::make_unique<re2::RE2::Set>(opt, re2::RE2::UNANCHORED);
    for (const auto& p : patterns) {
        std::string err;
        if (set_->Add(p, &err) < 0) throw std::runtime_error("bad pattern '" + p + "': " + err);
        ++size_;
    }
    if (!set_->Compile()) throw std::runtime_error("pattern set does not compile");
}

bool PatternSet::matches(std::string_view text) const {
    if (size_ == 0) return false;
    return set_->Match(re2::StringPiece(text.data(), text.size()), nullptr);
}

std::vector<int> PatternSet::which(std::string_view text) const {
    std::vector<int> v;
    if (size_ != 0) set_->Match(re2::StringPiece(text.data(), text.size()), &v);
    return v;
}

}  // namespace klartjek::lexicon
