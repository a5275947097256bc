// The public sources klartjek's rules and checklist rest on, named as a reader can find them
// (the authority and the document) with the address where they were read. One place, so a rule
// and the checklist line for the same part cite the same words and the same link.
#pragma once

#include <string_view>

namespace klartjek::legal::sources {

struct Source {
    std::string_view name;  // Danish, as shown after "Kilde:"
    std::string_view url;   // "" when there is no page to open
};

// Folketingets Ombudsmand, Myndighedsguiden.
inline constexpr Source ombudsmand_begrundelse{
    "Folketingets Ombudsmand, Myndighedsguiden: Begrundelse",
    "https://www.ombudsmanden.dk/find-viden/myndighedsguiden/generel-forvaltningsret/10-begrundelse"};
inline constexpr Source ombudsmand_partshoering{
    "Folketingets Ombudsmand, Myndighedsguiden: Partshøring",
    "https://ombudsmanden.dk/find-viden/myndighedsguiden/generel-forvaltningsret/9-partshoering"};

// Ankestyrelsen.
inline constexpr Source ast_at_skrive{
    "Ankestyrelsen, \"At skrive en afgørelse\" (2016)",
    "https://ast.dk/om-ankestyrelsen/artikler-om-styrelsen-generelt-fra-ankestyrelsens-faglig-nyhedsbrev-nyt-fra-ankestyrelsen/"
    "vores-opgaver/artikel-hjaelp-til-at-skrive-en-afgorelse"};
// The handbook's six-part structure (result before reasoning) as HK Kommunal summarised it.
inline constexpr Source ast_at_skrive_hk{
    "Ankestyrelsen, \"At skrive en afgørelse\" (2016), resumé hos HK Kommunal",
    "https://www.hk.dk/aktuelt/nyheder/2017/08/22/fagligt-skriv-korrekt-afgoerelse"};
inline constexpr Source ast_klagevejledning{
    "Ankestyrelsen, Klagevejledning og tidsfrister",
    "https://ast.dk/for-borgere-med-en-klagesag/din-sag-i-ankestyrelsen/klagevejledning-og-tidsfrister"};
inline constexpr Source ast_klagefrister{
    "Ankestyrelsen, Klagefrister",
    "https://ast.dk/for-borgere-med-en-klagesag/klagefrister/klagefrister"};
inline constexpr Source ast_praksisundersoegelse{
    "Ankestyrelsens praksisundersøgelse \"Merudgifter og tabt arbejdsfortjeneste\"",
    "https://www.yumpu.com/da/document/view/17905210/praksisundersgelse-merudgifter-og-tabt-ankestyrelsen/35"};

// Justitsministeriets Vejledning om forvaltningsloven, pkt. 139-141 on klagevejledning.
inline constexpr Source jm_vejledning_klage{
    "Justitsministeriets vejledning om forvaltningsloven pkt. 139-141",
    "https://aktivsocialraadgiver.dk/klagevejledning-indhold-vejledning-og-domstolsproevelse/"};

// Den Uafhængige Konsulentordning på Handicapområdet (DUKH).
inline constexpr Source dukh_klagevejledning{
    "DUKH, Praksisnyt 63 \"Klagevejledning i afgørelsessager\"",
    "https://www.dukh.dk/Guides-og-Praksisnyt/@195/Praksisnyt-63---Klagevejledning-i-afg%C3%B8relsessager"};
inline constexpr Source dukh_helhedsvurdering{
    "DUKH, Praksisnyt 55 \"Helhedsvurdering efter RSL § 5\"",
    "https://www.dukh.dk/Guides-og-Praksisnyt/@62/Praksisnyt-55---Helhedsvurdering-efter-RSL-%C2%A7-5"};

// Retssikkerhedsloven kapitel 10 (§ 60 ff.: Ankestyrelsen as the appeal body).
inline constexpr Source rsl_kapitel_10{
    "Retssikkerhedsloven kapitel 10 (LBK nr. 261 af 13/03/2024)",
    "https://www.elov.dk/retssikkerhedsloven-det-sociale-omrade/kapitel/10/"};

// Barnets lov and its guidance.
inline constexpr Source barnets_lov{
    "Barnets lov (LOV nr. 721 af 13/06/2023, i kraft 1. januar 2024)",
    "https://elov.dk/barnets-lov"};
inline constexpr Source delvejledning_6_afsnit_124{
    "Delvejledning 6 til barnets lov (VEJ nr. 9375 af 28/05/2024), afsnit 124",
    "https://regelrytter.dk/vej/2024-9375-sec-124"};

// Plain Danish.
inline constexpr Source fvl_vejledning_214{
    "Vejledning om forvaltningsloven pkt. 214 (citeret i Kulturministeriet, \"Sprog til tiden\")",
    "https://www.yumpu.com/da/document/view/17625366/sprog-til-tiden-rapport-fra-kulturministeriet/87"};
inline constexpr Source sprogvaskeriet_lix{
    "Sprogvaskeriet, \"Tjek din LIX\" (LIX-skalaen)",
    "https://sprogvaskeriet.dk/tjek-din-lix/"};
inline constexpr Source om_at_skrive{
    "Om at skrive (Per Salling), \"Korte sætninger\"",
    "https://www.omatskrive.dk/e-mails-some-breve/e-mails-og-breve-pa-jobbet/korte-saetninger/"};
inline constexpr Source korrektur_papirord{
    "Korrektur.dk, \"Skær ned på dine papirord\"",
    "https://korrektur.dk/skoer-ned-paa-dine-papirord/"};
inline constexpr Source naturstyrelsen_sprogpolitik{
    "Naturstyrelsens sprogpolitik",
    "https://www.yumpu.com/da/document/view/18354531/sprogpolitik-naturstyrelsen/12"};
inline constexpr Source kancellistil{
    "Opslaget \"Kancellistil\" (antologien.dk)",
    "https://antologien.dk/index.php?id=6025"};

// Personal data.
inline constexpr Source databeskyttelsesloven_11{
    "Databeskyttelsesloven § 11",
    "https://gdpr.dk/databeskyttelsesloven/databeskyttelseslovens-paragraf-11"};

// Every source above, for the tests that check a cited name and its link belong together.
inline constexpr const Source* all[] = {
    &ombudsmand_begrundelse, &ombudsmand_partshoering, &ast_at_skrive, &ast_at_skrive_hk, &ast_klagevejledning,
    &ast_klagefrister, &ast_praksisundersoegelse, &jm_vejledning_klage, &dukh_klagevejledning, &dukh_helhedsvurdering,
    &rsl_kapitel_10, &barnets_lov, &delvejledning_6_afsnit_124, &fvl_vejledning_214, &sprogvaskeriet_lix,
    &om_at_skrive, &korrektur_papirord, &naturstyrelsen_sprogpolitik, &kancellistil, &databeskyttelsesloven_11,
};

// The source whose address is `url`, or nullptr.
inline const Source* by_url(std::string_view url) {
    for (const Source* s : all)
        if (!url.empty() && s->url == url) return s;
    return nullptr;
}

}  // namespace klartjek::legal::sources
