using System.Collections.Frozen;

namespace Relais.Engine.Intents;

/// <summary>
/// Hand-written French/English cue words and phrases per intent, matched on the same folded, stemmed
/// tokens as the other features. Each match adds one feature per cue group, so the model can learn
/// "a follow-up phrase is present" from a few examples and still fire on phrasings the corpus lacks.
/// Phrases match as whole sequences of up to <see cref="MaxPhrase"/> stems within a sentence.
/// </summary>
internal static class CueLexicon
{
    private static readonly string[][] Groups =
    [
        // 0 meeting
        ["rendez-vous", "rdv", "rencontrer", "rencontre", "visio", "visioconférence", "créneau", "créneaux", "disponible", "disponibilités", "dispo", "déjeuner", "café", "se voir", "un point", "un appel", "un call", "conf call", "zoom", "slot", "slots", "diary", "catch up", "catch-up", "a call", "free for", "available", "availability", "lunch", "coffee", "get together", "sit down", "se retrouver", "nous voir", "vous voir", "in person", "me rappeler", "call me", "call me back", "ring me", "on garde", "se rencontrer", "propose we", "video call", "jump on", "point téléphonique", "échange téléphonique", "rencontrons", "recevoir dans nos bureaux", "arrangeraient", "reschedule", "reporter", "décaler"],
        // 1 information / documents
        ["documentation", "dic", "kid", "prospectus", "reporting", "attestation", "ifu", "rib", "relevé", "précisions", "connaître", "expliquer", "m'envoyer", "me transmettre", "nous transmettre", "me communiquer", "nous communiquer", "faire parvenir", "me faire parvenir", "factsheet", "certificate", "send me", "send us", "explain", "clarify", "where can", "do you have", "où trouver", "where can i find", "indiquer", "m'indiquer", "nous indiquer", "tell me", "tell us", "j'aurais besoin", "i need", "we need", "besoin de", "quelle est", "quel est", "quels sont", "breakdown"],
        // 2 follow-up
        ["relance", "relancer", "relancé", "reviens vers vous", "revenir vers vous", "revenir vers toi", "reviens vers toi", "sans réponse", "sans nouvelles", "pas de retour", "toujours en attente", "toujours pas", "faisant suite", "fais suite", "avez-vous pu", "as-tu pu", "où en", "des nouvelles", "following up", "follow up", "follow-up", "chase", "chasing", "reminder", "any update", "an update", "still waiting", "haven't heard", "not heard", "circling back", "checking in", "nudge", "did you get", "did you have a chance", "had a chance", "gentle reminder", "second reminder", "as promised", "comme promis", "reste impayée", "still unpaid", "à deux reprises", "toujours rien", "where things stand", "is this still", "toujours d'actualité", "je reviens", "i'm following", "je me permets de revenir", "je me permets de vous relancer", "pick the conversation up", "resend", "renvoie"],
        // 3 introduction
        ["je me permets de vous contacter", "je me présente", "je m'appelle", "mise en relation", "vous présenter", "te présenter", "nouveau conseiller", "nouvelle conseillère", "rejoins", "rejoint", "recommandé", "de la part de", "premier contact", "prise de contact", "introduce", "introduction", "introducing", "my name is", "reaching out", "reach out", "recommended", "referred", "get in touch", "i'm the", "i am the", "we are a", "nous sommes une", "société de gestion", "fondateur", "founder", "succède", "reprends", "taking over", "take over", "désormais en charge", "en remplacement", "je suis désormais", "votre interlocuteur", "votre interlocutrice", "your contact", "point of contact", "let me introduce", "permettez-moi", "nous accompagnons", "we help", "we work with", "connect you", "put you in touch", "mets en relation", "mettre en relation", "vous laisse échanger", "leave you to"],
        // 4 quotation
        ["devis", "tarif", "tarifs", "tarifaire", "tarification", "honoraires", "proposition commerciale", "proposition tarifaire", "offre de prix", "meilleure offre", "cotation", "chiffrage", "chiffrer", "chiffrée", "appel d'offres", "quote", "quotation", "pricing", "priced proposal", "fee proposal", "tender", "rfp", "how much", "combien", "dégressif", "tiered", "breakpoints", "négociable", "negotiable", "lettre de mission", "engagement letter", "subscription price"],
        // 5 closing / agreement
        ["signé", "signée", "signés", "bon pour accord", "validé", "validée", "validons", "acceptons", "retenons", "feu vert", "conclu", "attribué", "signed", "approved", "approve", "go ahead", "green light", "awarded", "countersigned", "on y va", "c'est officiel", "it's official", "we'll invest", "we will invest", "have decided", "avons décidé", "plaisir de vous annoncer", "bon de commande", "purchase order", "order form", "nous acceptons", "we accept", "nous retenons"],
        // 6 complaint
        ["réclamation", "inadmissible", "inacceptable", "mécontent", "mécontentement", "déçu", "déception", "anomalie", "conteste", "contester", "contestation", "plainte", "médiateur", "scandale", "déplorable", "à tort", "complaint", "unacceptable", "disappointed", "disappointing", "dispute", "ombudsman", "appalling", "refund", "rembourser", "remboursement", "bug", "plante", "crash", "crashing", "ne fonctionne pas", "doesn't work", "not working", "troisième fois", "third time", "harcèlement", "harassment", "décevante", "dysfonctionnements", "failures", "bloqué", "suspended", "suspendu", "condescendant", "rude", "désagréable", "unhappy", "dissatisfaction", "complain", "pas normal", "régularisation", "compensation", "dédommagement", "encore une fois", "once again", "en panne", "is down", "was down", "ridiculous", "ça commence à bien faire", "n'importe quoi", "j'exige"],
        // 7 thanks
        ["merci", "remercie", "remercier", "remerciements", "remercions", "gratitude", "reconnaissant", "thanks", "thank", "grateful", "appreciated", "appreciate", "mille mercis", "un grand merci", "huge thanks", "many thanks", "merci beaucoup", "merci encore", "thanks again", "thank you so much", "bravo", "well done", "félicitations", "congratulations", "apprécié", "enjoyed"],
        // 8 unsubscribe
        ["désabonner", "désabonnez", "désinscrire", "désinscrivez", "désinscription", "désabonnement", "retirer de", "me retirer", "liste de diffusion", "mailing list", "newsletter", "newsletters", "ne plus recevoir", "plus recevoir", "rgpd", "unsubscribe", "remove me", "take me off", "opt out", "opt-out", "no longer wish", "stop sending", "gdpr", "distribution list", "ne plus m'envoyer", "retirez", "supprimer mon adresse", "delete my", "radier", "stop calling", "don't contact", "ne plus nous solliciter", "sollicitations", "solicitations", "désabonne", "liste d'envoi", "invite list"],
        // 9 notice: information given, nothing asked
        ["pour info", "pour information", "fyi", "for your information", "à noter", "veuillez noter", "please note", "merci de noter", "est confirmé", "is confirmed", "aucune action", "no action", "fermé", "fermée", "closed", "disponible dans", "available in", "c'est noté", "noted", "bien reçu", "got it", "vœux", "wishes", "anniversaire", "birthday", "retraite", "retirement", "annonce", "announces", "announced", "ci-joint", "attached", "vous trouverez", "please find", "ordre du jour", "agenda", "compte rendu", "minutes", "je transmets", "forwarding", "passing", "retard", "late", "congés", "leave", "absent", "away", "week-end", "weekend"],
        // 10 request addressed to the reader (needs a reply); also question words, which ask without naming an intent
        ["pourriez-vous", "pouvez-vous", "pourrais-tu", "peux-tu", "auriez-vous", "serait-il possible", "est-il possible", "merci de", "je vous remercie de", "je souhaiterais", "j'aimerais", "voudriez-vous", "seriez-vous", "est-ce que", "could you", "can you", "would you", "please", "let me know", "is it possible", "do you", "are you", "would it be", "can we", "could we", "pourrions-nous", "pouvons-nous", "quand", "when", "svp", "s'il vous plaît",
            "how", "what", "which", "why", "pourquoi", "comment", "is there", "what is", "how do", "confirm", "confirmer", "provide", "arrange", "set up", "schedule", "organiser"],
    ];

    public const int MaxPhrase = 6;

    // Verbs that open an imperative sentence ("Send me...", "Envoyez-nous...", "Merci de..."): a request
    // to the reader whatever the verb's own meaning. Matched only as a sentence's first word.
    private static readonly string[] Imperatives =
    [
        "send", "call", "ring", "email", "let", "tell", "give", "ask", "check", "confirm", "review", "forward", "please", "kindly", "advise",
        "provide", "contact", "reply", "respond", "return", "sign", "complete", "fill", "submit", "register", "join", "click", "visit", "go",
        "come", "see", "read", "look", "find", "try", "keep", "note", "remember", "make", "take", "get", "bring", "add", "apply", "book",
        "schedule", "set", "arrange", "plan", "prepare", "update", "share", "post", "fax", "mail", "pick", "drop", "stop", "start", "use",
        "download", "install", "follow", "RSVP", "shoot", "ping", "feel", "put", "hold", "pass", "cover", "sort", "talk", "discuss", "meet",
        "envoyez", "envoie", "envoyer", "appelez", "appelle", "rappelez", "rappelle", "contactez", "dites", "dis", "donnez", "indiquez",
        "indique", "confirmez", "confirme", "transmettez", "transmets", "faites", "fais", "merci", "veuillez", "pensez", "pense", "retournez",
        "renvoyez", "signez", "complétez", "remplissez", "regardez", "regarde", "vérifiez", "vérifie", "prévenez", "préviens", "tenez",
        "tiens", "passez", "passe", "venez", "viens", "gardez", "notez", "note", "prenez", "prends", "ajoutez", "inscrivez", "cliquez",
        "téléchargez", "n'hésitez", "hésitez", "pouvez", "pourriez", "auriez", "seriez", "voudriez", "peux", "pourrais", "aurais", "serais",
    ];

    // Words that address the reader: a question or sentence holding one is likelier a request to them.
    private static readonly string[] Addressees =
    [
        "you", "your", "yours", "yourself", "u", "ya", "vous", "votre", "vos", "tu", "te", "toi", "ton", "ta", "tes",
    ];

    private static readonly (FrozenDictionary<uint, int> Words, FrozenDictionary<uint, int> Phrases) Tables = Build();

    private static readonly FrozenSet<uint> ImperativeStems = Imperatives.Select(v => FeatureExtractor.StemHashes(v)[^1]).ToFrozenSet();

    private static readonly FrozenSet<uint> AddresseeStems = Addressees.Select(v => FeatureExtractor.StemHashes(v)[^1]).ToFrozenSet();

    // Every word of a message is looked up several times (word, phrases ending with it, addressee): almost all miss,
    // and a bit test proves most misses without a hash-table probe.
    private static readonly KeyFilter WordKeys = new(Tables.Words.Keys);
    private static readonly KeyFilter PhraseKeys = new(Tables.Phrases.Keys);
    private static readonly KeyFilter ImperativeKeys = new(ImperativeStems);
    private static readonly KeyFilter AddresseeKeys = new(AddresseeStems);

    /// <summary>Whether this stem is a word addressing the reader (you, vous, tu).</summary>
    public static bool Addressee(uint stem) => AddresseeKeys.MayContain(stem) && AddresseeStems.Contains(stem);

    /// <summary>Whether a sentence opening with this stem reads as an instruction or request to the reader.</summary>
    public static bool Imperative(uint stem) => ImperativeKeys.MayContain(stem) && ImperativeStems.Contains(stem);

    /// <summary>Bit mask of the groups whose single-word cue is this stem hash.</summary>
    public static int Word(uint stem) => WordKeys.MayContain(stem) ? Tables.Words.GetValueOrDefault(stem) : 0;

    /// <summary>Bit mask of the groups having the phrase of this hash (<see cref="PhraseSeed"/>, then <see cref="PhraseStep"/> per stem).</summary>
    public static int Phrase(uint hash) => PhraseKeys.MayContain(hash) ? Tables.Phrases.GetValueOrDefault(hash) : 0;

    /// <summary>The hash of an empty phrase; extended stem by stem, so a scan keeps the hashes of all phrases ending at a word.</summary>
    public const uint PhraseSeed = 0x2545_F491u;

    public static uint PhraseStep(uint hash, uint stem) => (hash * 0x9E37_79B1) ^ stem;

    private static uint PhraseHash(ReadOnlySpan<uint> stems)
    {
        var h = PhraseSeed;
        foreach (var stem in stems)
        {
            h = PhraseStep(h, stem);
        }

        return h;
    }

    private static (FrozenDictionary<uint, int>, FrozenDictionary<uint, int>) Build()
    {
        var words = new Dictionary<uint, int>();
        var phrases = new Dictionary<uint, int>();
        for (var group = 0; group < Groups.Length; group++)
        {
            foreach (var phrase in Groups[group])
            {
                var stems = FeatureExtractor.StemHashes(phrase);
                var (table, key) = stems.Length == 1 ? (words, stems[0]) : (phrases, PhraseHash(stems));
                table[key] = table.GetValueOrDefault(key) | (1 << group);
            }
        }

        return (words.ToFrozenDictionary(), phrases.ToFrozenDictionary());
    }

    /// <summary>One bit per value of a key's low 16 bits: a clear bit proves the key is not in the set.</summary>
    private sealed class KeyFilter
    {
        private readonly ulong[] _bits = new ulong[1 << 10];

        public KeyFilter(IEnumerable<uint> keys)
        {
            foreach (var key in keys)
            {
                _bits[(key & 0xFFFF) >> 6] |= 1UL << (int)(key & 63);
            }
        }

        public bool MayContain(uint key) => (_bits[(key & 0xFFFF) >> 6] & (1UL << (int)(key & 63))) != 0;
    }
}
