#include "cli/danish.hpp"

#include <fmt/format.h>
#include <re2/re2.h>

#include <sstream>

namespace klartjek::cli {

void danish_formatter(CLI::App& app) {
    auto f = app.get_formatter();
    for (auto [en, da] : {std::pair{"Usage", "Brug"}, {"OPTIONS", "TILVALG"}, {"SUBCOMMAND", "KOMMANDO"}, {"SUBCOMMANDS", "KOMMANDOER"},
                          {"REQUIRED", "(skal angives)"}, {"Positionals", "Argumenter"}, {"TEXT", "TEKST"}, {"INT", "HELTAL"},
                          {"UINT", "HELTAL"}, {"FLOAT", "TAL"}, {"ENUM", "VALG"}, {"Needs", "Kræver"}, {"Excludes", "Udelukker"},
                          {"Env", "Miljøvariabel"}, {"Option Group", "Gruppe"}})
        f->label(en, da);
    f->column_width(34);
}

namespace {

// "a, b eller c" from "{a,b,c}".
std::string choices(const std::string& set) {
    std::vector<std::string> items;
    std::string cur;
    for (char ch : set) {
        if (ch == ',') {
            items.push_back(cur);
            cur.clear();
        } else if (ch != '{' && ch != '}' && ch != ' ') {
            cur += ch;
        }
    }
    if (!cur.empty()) items.push_back(cur);
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) out += (i == 0 ? "" : i + 1 == items.size() ? " eller " : ", ") + items[i];
    return out;
}

// A positional's internal name as the user sees it in the usage line.
std::string shown_name(const std::string& name) { return name; }

}  // namespace

std::string parse_error_da(const CLI::ParseError& e) {
    const std::string msg = e.what();
    std::string a, b, c;
    if (dynamic_cast<const CLI::RequiredError*>(&e)) {
        if (RE2::PartialMatch(msg, "^A subcommand") || RE2::PartialMatch(msg, "^Requires at least"))
            return "vælg en kommando: extract, check, rules, audit, report, eval, serve, config eller lexicons";
        if (RE2::FullMatch(msg, R"((\S+) is required)", &a))
            return a[0] == '-' ? fmt::format("tilvalget {} skal angives", a) : fmt::format("{} skal angives", shown_name(a));
        if (RE2::PartialMatch(msg, R"(\[([^\]]*)\])", &a)) return fmt::format("angiv præcis ét af {}", a);
        return "et påkrævet tilvalg mangler";
    }
    if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
        if (RE2::PartialMatch(msg, R"(not expected: (.*)$)", &a)) {
            if (a[0] == '-') return fmt::format("ukendt tilvalg: {}", a);
            return fmt::format("uventet argument: {}", a);
        }
        return "for mange argumenter";
    }
    if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) {
        if (RE2::PartialMatch(msg, R"(^([^:\s]+):)", &a) || RE2::PartialMatch(msg, R"(arguments to (\S+),)", &a))
            return fmt::format("{} mangler en værdi", a);
        return "et tilvalg mangler sin værdi";
    }
    if (dynamic_cast<const CLI::ValidationError*>(&e)) {
        if (RE2::PartialMatch(msg, R"(^([^:\s]+): (.*) not in (\{.*\}))", &a, &b, &c))
            return fmt::format("ugyldig værdi for {}: {} (vælg {})", a, b, choices(c));
        std::string lo, hi;
        if (RE2::PartialMatch(msg, R"(^([^:\s]+): Value (\S+) not in range (\S+) to (\S+))", &a, &b, &lo, &hi))
            return fmt::format("ugyldig værdi for {}: {} (skal være fra {} til {})", a, b, lo, hi);
        if (RE2::PartialMatch(msg, R"(^([^:\s]+):)", &a)) return fmt::format("ugyldig værdi for {}", a);
        return "ugyldig værdi";
    }
    if (dynamic_cast<const CLI::ConversionError*>(&e)) {
        if (RE2::PartialMatch(msg, R"(Could not convert: (\S+) = (.*)$)", &a, &b))
            return fmt::format("ugyldig værdi for {}: {} (skal være et tal)", a, b);
        if (RE2::PartialMatch(msg, R"(The value (.*) is not an allowed value for (\S+))", &b, &a))
            return fmt::format("ugyldig værdi for {}: {}", a, b);
        if (RE2::PartialMatch(msg, R"(^([^:\s]+):)", &a)) return fmt::format("{} tager ingen værdi", a);
        return "en værdi kan ikke forstås";
    }
    if (dynamic_cast<const CLI::RequiresError*>(&e)) {
        if (RE2::FullMatch(msg, R"((\S+) requires (\S+))", &a, &b)) return fmt::format("{} kræver {}", a, b);
        return "et tilvalg kræver et andet";
    }
    if (dynamic_cast<const CLI::ExcludesError*>(&e)) {
        if (RE2::FullMatch(msg, R"((\S+) excludes (\S+))", &a, &b)) return fmt::format("{} og {} kan ikke bruges sammen", a, b);
        return "to tilvalg kan ikke bruges sammen";
    }
    return "kommandolinjen kan ikke forstås";
}

std::string failed_subcommand(const CLI::App& app) {
    for (const CLI::App* s : app.get_subcommands()) return s->get_name();
    return {};
}

namespace {

std::string troff(std::string s) {
    std::string out;
    for (char ch : s) {
        if (ch == '\\') out += "\\e";
        else if (ch == '-') out += "\\-";
        else out += ch;
    }
    // A line starting with . or ' would be a request.
    if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out = "\\&" + out;
    return out;
}

std::vector<const CLI::App*> visible_subcommands(const CLI::App& app) {
    return app.get_subcommands([](const CLI::App* s) { return !s->get_group().empty(); });
}

std::string option_synopsis(const CLI::Option* o) {
    std::string names;
    for (const auto& s : o->get_snames()) names += (names.empty() ? "-" : ", -") + s;
    for (const auto& l : o->get_lnames()) names += (names.empty() ? "--" : ", --") + l;
    if (o->get_type_size() > 0 && !o->get_type_name().empty()) names += " " + o->get_type_name();
    return names;
}

}  // namespace

std::string man_page(const CLI::App& app, const std::string& version) {
    std::ostringstream m;
    m << ".\\\" Generated by 'klartjek help-man' from the command-line definitions; do not edit.\n";
    m << ".TH KLARTJEK 1 \"\" \"klartjek " << version << "\" \"Brugerkommandoer\"\n";
    std::string what = app.get_description();
    if (what.rfind("klartjek ", 0) == 0) what = what.substr(9);  // "klartjek tjekker …" → "tjekker …"
    m << ".SH NAVN\nklartjek \\- " << troff(what) << "\n";
    m << ".SH SYNOPSIS\n";
    for (const CLI::App* s : visible_subcommands(app)) {
        m << ".B klartjek " << s->get_name() << "\n[\\fITILVALG\\fR]";
        for (const CLI::Option* o : s->get_options())
            if (o->get_positional()) m << " \\fI" << o->get_name() << "\\fR" << (o->get_items_expected_max() > 1 ? "..." : "");
        m << "\n.br\n";
    }
    m << ".SH BESKRIVELSE\n" << troff(app.get_description()) << ".\n";
    m << ".SH GENERELLE TILVALG\n";
    for (const CLI::Option* o : app.get_options())
        if (o->nonpositional()) m << ".TP\n.B " << troff(option_synopsis(o)) << "\n" << troff(o->get_description()) << "\n";
    m << ".SH KOMMANDOER\n";
    for (const CLI::App* s : visible_subcommands(app)) {
        m << ".SS " << s->get_name() << "\n" << troff(s->get_description()) << ".\n";
        for (const CLI::Option* o : s->get_options()) {
            if (o->get_lnames().size() == 1 && o->get_lnames()[0] == "help") continue;
            std::string name = o->nonpositional() ? option_synopsis(o) : o->get_name();
            m << ".TP\n.B " << troff(name) << "\n" << troff(o->get_description()) << "\n";
        }
        std::string footer = s->get_footer();
        if (!footer.empty()) {
            m << ".PP\n.nf\n";
            std::istringstream lines(footer);
            for (std::string line; std::getline(lines, line);) m << troff(line) << "\n";
            m << ".fi\n";
        }
    }
    m << ".SH SLUTKODER\n.TP\n0\nIntet fund på niveauet for \\-\\-fail\\-on.\n.TP\n1\nFund på eller over niveauet for "
         "\\-\\-fail\\-on.\n.TP\n2\nklartjek kunne ikke gøre sit arbejde for mindst én fil, eller kommandolinjen var forkert.\n";
    return m.str();
}

std::string bash_completion(const CLI::App& app) {
    std::ostringstream b;
    b << "# bash completion for klartjek. Generated by 'klartjek completion bash' from the command-line\n"
         "# definitions; do not edit.\n_klartjek() {\n  local cur prev cmd i\n  cur=\"${COMP_WORDS[COMP_CWORD]}\"\n"
         "  prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n  cmd=\"\"\n"
         "  for ((i = 1; i < COMP_CWORD; i++)); do\n    case \"${COMP_WORDS[i]}\" in\n";
    std::string names, global;
    for (const CLI::App* s : visible_subcommands(app)) names += (names.empty() ? "" : " ") + s->get_name();
    for (const CLI::Option* o : app.get_options())
        for (const auto& l : o->get_lnames()) global += " --" + l;
    b << "      " << [&] {
        std::string alt;
        for (const CLI::App* s : visible_subcommands(app)) alt += (alt.empty() ? "" : "|") + s->get_name();
        return alt;
    }() << ") cmd=\"${COMP_WORDS[i]}\"; break ;;\n    esac\n  done\n";
    // Values of options with a fixed set of choices (from their IsMember checks: the type name
    // shows the set as "TEXT:{a,b}" or the description names them).
    b << "  case \"$cmd:$prev\" in\n";
    for (const CLI::App* s : visible_subcommands(app))
        for (const CLI::Option* o : s->get_options()) {
            std::string set;
            if (!RE2::PartialMatch(o->get_type_name(), R"(\{([^}]*)\})", &set)) continue;
            for (char& ch : set)
                if (ch == ',') ch = ' ';
            for (const auto& l : o->get_lnames())
                b << "    " << s->get_name() << ":--" << l << ") COMPREPLY=($(compgen -W \"" << set << "\" -- \"$cur\")); return ;;\n";
        }
    b << "  esac\n  case \"$cmd\" in\n";
    b << "    \"\") COMPREPLY=($(compgen -W \"" << names << global << "\" -- \"$cur\")); return ;;\n";
    for (const CLI::App* s : visible_subcommands(app)) {
        std::string opts;
        for (const CLI::Option* o : s->get_options()) {
            for (const auto& l : o->get_lnames()) opts += (opts.empty() ? "" : " ") + ("--" + l);
            for (const auto& sn : o->get_snames()) opts += (opts.empty() ? "" : " ") + ("-" + sn);
        }
        b << "    " << s->get_name() << ") if [[ \"$cur\" == -* ]]; then COMPREPLY=($(compgen -W \"" << opts
          << "\" -- \"$cur\")); else COMPREPLY=($(compgen -f -- \"$cur\")); fi ;;\n";
    }
    b << "  esac\n}\ncomplete -o filenames -F _klartjek klartjek\n";
    return b.str();
}

}  // namespace klartjek::cli
