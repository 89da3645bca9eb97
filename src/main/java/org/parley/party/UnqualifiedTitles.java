package org.parley.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.parley.article.Article;

/**
 * Reads a national title written without a country ("the Prime Minister said", "the Foreign
 * Secretary") as the office of the article's outlet's home country (outlets as data), and names
 * its holder on the article's date. Declines where that reading may be wrong: an outlet of no
 * known home or a wire service; a title the home country has no office for ("the President" in a
 * British paper); an article that gives the title to another country ("Israel's prime minister"),
 * names another country's holder of it ("Netanyahu"), or names another country that has the title
 * at least as often as the home country ("the Health Secretary" in a British paper's story about
 * the United States). A title of one country only
 * ("Taoiseach") is that country's in any outlet.
 */
public final class UnqualifiedTitles {

    private final PartyRegistry registry;
    private final OfficeHolders holders;
    private final Outlets outlets;
    private final RoleLexicon lexicon = RoleLexicon.bundled();

    public UnqualifiedTitles(PartyRegistry registry, OfficeHolders holders, Outlets outlets) {
        this.registry = registry;
        this.holders = holders;
        this.outlets = outlets;
    }

    /** The bundled office holders, titles and outlets, read against this registry. */
    public static UnqualifiedTitles bundled(PartyRegistry registry) {
        return new UnqualifiedTitles(registry, OfficeHolders.bundled(registry), Outlets.bundled(registry));
    }

    /** The office an unqualified title names in this article, or empty where the reading may be wrong. */
    public Optional<NationalTitles.Office> officeOf(String title, Article article) {
        if (title == null || article == null) {
            return Optional.empty();
        }
        String home = outlets.outletOf(article.outlet()).filter(Outlet::homeTitles).map(o -> o.home().name()).orElse(null);
        Optional<NationalTitles.Office> office = holders.titles().officeOf(title, home);
        if (office.isEmpty() || office.get().unique()) {
            return office;
        }
        String key = NationalTitles.key(title);
        Party party = office.get().party();
        return givenToAnother(key, party, article) || holderOfAnotherNamed(key, party, article) || aboutAnother(key, party, article)
                ? Optional.empty() : office;
    }

    /** The party an unqualified title names in this article ("the Prime Minister" in the Daily Mail: the United Kingdom). */
    public Optional<Party> partyOf(String title, Article article) {
        return officeOf(title, article).map(NationalTitles.Office::party);
    }

    /** Who held the office an unqualified title names, on the article's date ("the Prime Minister", Daily Mail, 2020: Boris Johnson). */
    public Optional<Holder> holderOf(String title, Article article) {
        return officeOf(title, article).flatMap(o -> holders.holderOfOffice(o.office(), o.party(), article.date()));
    }

    // "German Chancellor Angela Merkel", "Israel's prime minister", "the Prime Minister of Pakistan".
    private boolean givenToAnother(String key, Party home, Article article) {
        PartyIndex.Reading reading = registry.index().read(article.text());
        List<Token> tokens = reading.tokens();
        List<Token> title = PhraseTokenizer.tokenize(key);
        List<PartyIndex.Match> matches = reading.matches();
        for (int i = 0; i + title.size() <= tokens.size(); i++) {
            if (!at(tokens, i, title)) {
                continue;
            }
            int before = i > 0 && tokens.get(i - 1).isPossessive() ? i - 1 : i;
            int after = i + title.size();
            if (after < tokens.size() && tokens.get(after).text().equalsIgnoreCase("of")) {
                after += after + 1 < tokens.size() && tokens.get(after + 1).text().equalsIgnoreCase("the") ? 2 : 1;
            } else {
                after = -1;
            }
            for (PartyIndex.Match m : matches) {
                if ((m.to() == before || m.from() == after) && m.form().namesParty() && !namesOnly(m.form(), home)) {
                    return true;
                }
            }
        }
        return false;
    }

    // "the Health Secretary" in a British paper's story about the United States, which has one too.
    private boolean aboutAnother(String key, Party home, Article article) {
        ArticleContext context = ArticleContext.of(article.text(), article.bodyStart(), registry.index(), lexicon);
        int homeMentions = context.mentions(home);
        return holders.titles().partiesWithTitle(key).stream()
                .anyMatch(p -> !p.name().equals(home.name()) && context.mentions(p) > 0 && context.mentions(p) >= homeMentions);
    }

    // "Netanyahu said ..." in the article where "the prime minister" is read: another state's prime minister is about.
    private boolean holderOfAnotherNamed(String key, Party home, Article article) {
        LocalDate date = article.date();
        String text = article.text();
        for (Holder h : holders.holders()) {
            boolean holdsTitle = h.terms().stream().anyMatch(t -> !t.party().name().equals(home.name())
                    && (date == null || t.heldOn(date)) && holders.titles().titlesOf(t.party(), t.office()).contains(key));
            if (holdsTitle && named(h, text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean named(Holder h, String text) {
        List<String> forms = new ArrayList<>(h.aliases());
        forms.add(h.name());
        forms.addAll(h.surnames());
        return forms.stream().anyMatch(f -> containsWord(text, f));
    }

    private static boolean containsWord(String text, String form) {
        for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
            int end = i + form.length();
            if ((i == 0 || !Character.isLetter(text.charAt(i - 1))) && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesOnly(PartyForm form, Party party) {
        return form.parties().stream().allMatch(p -> p.name().equals(party.name()));
    }

    private static boolean at(List<Token> tokens, int i, List<Token> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(i + k).text().equalsIgnoreCase(words.get(k).text())) {
                return false;
            }
        }
        return true;
    }
}
