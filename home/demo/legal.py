"""The legal notice, accessibility statement and privacy notice (the footer menu)."""

from datetime import date

from home.demo.build import child_page, rich_text
from home.demo.snippets import FOOTER
from home.demo.text import T
from home.models import LegalPage

PREPARED_ON = date(2026, 11, 27)


def _heading(en, pt, fr, es):
    return ("heading", {"text": T(en=en, pt=pt, fr=fr, es=es).en, "level": "h2"})


def _text(*elements):
    return ("text", rich_text(*elements))


PUBLISHER = T(
    en="This website is published by the International Centre for Migration Policy Development "
    "(ICMPD), Gonzagagasse 1, 1010 Vienna, Austria, which implements the Migration EU eXpertise "
    "Initiative (MIEUX+).",
    pt="Este website é publicado pelo Centro Internacional para o Desenvolvimento das Políticas "
    "Migratórias (ICMPD), Gonzagagasse 1, 1010 Viena, Áustria, que implementa a Iniciativa "
    "Migration EU eXpertise (MIEUX+).",
    fr="Ce site web est publié par le Centre international pour le développement des politiques "
    "migratoires (ICMPD), Gonzagagasse 1, 1010 Vienne, Autriche, qui met en œuvre l’Initiative "
    "Migration EU eXpertise (MIEUX+).",
    es="Este sitio web lo publica el Centro Internacional para el Desarrollo de Políticas "
    "Migratorias (ICMPD), Gonzagagasse 1, 1010 Viena, Austria, que ejecuta la Iniciativa "
    "Migration EU eXpertise (MIEUX+).",
)

LEGAL_NOTICE = {
    "title": T(en="Legal notice", pt="Aviso legal", fr="Mentions légales", es="Aviso legal"),
    "introduction": T(
        en="Who publishes this website, and on what terms.",
        pt="Quem publica este website e em que condições.",
        fr="Qui publie ce site web, et à quelles conditions.",
        es="Quién publica este sitio web y en qué condiciones.",
    ),
    "body": [
        _heading("Publisher", "Editor", "Éditeur", "Editor"),
        _text(
            ("p", PUBLISHER),
            (
                "p",
                T(
                    en="Contact: mieux-initiative@icmpd.org",
                    pt="Contacto: mieux-initiative@icmpd.org",
                    fr="Contact : mieux-initiative@icmpd.org",
                    es="Contacto: mieux-initiative@icmpd.org",
                ),
            ),
        ),
        _heading(
            "EU funding and disclaimer",
            "Financiamento da UE e exoneração de responsabilidade",
            "Financement de l’UE et clause de non-responsabilité",
            "Financiación de la UE y descargo de responsabilidad",
        ),
        _text(("p", FOOTER["disclaimer"])),
        _heading("Liability", "Responsabilidade", "Responsabilité", "Responsabilidad"),
        _text(
            (
                "p",
                T(
                    en="We take care that the information on this website is accurate and up to "
                    "date, but cannot guarantee it. ICMPD is not responsible for the content of "
                    "external websites that this site links to.",
                    pt="Procuramos que a informação deste website seja exata e atual, mas não o "
                    "podemos garantir. O ICMPD não é responsável pelo conteúdo de websites "
                    "externos para os quais este site remete.",
                    fr="Nous veillons à ce que les informations de ce site soient exactes et à "
                    "jour, sans pouvoir le garantir. L’ICMPD n’est pas responsable du contenu des "
                    "sites externes vers lesquels ce site renvoie.",
                    es="Procuramos que la información de este sitio web sea exacta y esté "
                    "actualizada, pero no podemos garantizarlo. El ICMPD no es responsable del "
                    "contenido de los sitios web externos enlazados desde este sitio.",
                ),
            )
        ),
        _heading("Copyright", "Direitos de autor", "Droits d’auteur", "Derechos de autor"),
        _text(
            (
                "p",
                T(
                    en="The texts on this website may be reproduced provided the source is "
                    "acknowledged. The EU emblem and the ICMPD logo may not be used without "
                    "permission.",
                    pt="Os textos deste website podem ser reproduzidos desde que a fonte seja "
                    "citada. O emblema da UE e o logótipo do ICMPD não podem ser utilizados sem "
                    "autorização.",
                    fr="Les textes de ce site peuvent être reproduits à condition d’en citer la "
                    "source. L’emblème de l’UE et le logo de l’ICMPD ne peuvent être utilisés "
                    "sans autorisation.",
                    es="Los textos de este sitio web pueden reproducirse siempre que se cite la "
                    "fuente. El emblema de la UE y el logotipo del ICMPD no pueden utilizarse sin "
                    "autorización.",
                ),
            )
        ),
    ],
}

ACCESSIBILITY = {
    "title": T(
        en="Accessibility statement",
        pt="Declaração de acessibilidade",
        fr="Déclaration d’accessibilité",
        es="Declaración de accesibilidad",
    ),
    "introduction": T(
        en="ICMPD wants everyone to be able to use this website, whatever their abilities or the "
        "technology they use.",
        pt="O ICMPD pretende que todas as pessoas possam utilizar este website, "
        "independentemente das suas capacidades ou da tecnologia que utilizam.",
        fr="L’ICMPD souhaite que chacun puisse utiliser ce site, quelles que soient ses capacités "
        "ou la technologie qu’il utilise.",
        es="El ICMPD quiere que todas las personas puedan utilizar este sitio web, sean cuales "
        "sean sus capacidades o la tecnología que utilicen.",
    ),
    "body": [
        _heading(
            "Conformance status",
            "Estado de conformidade",
            "État de conformité",
            "Situación de cumplimiento",
        ),
        _text(
            (
                "p",
                T(
                    en="This website is partially conformant with the Web Content Accessibility "
                    "Guidelines (WCAG) 2.1, level AA, and the European standard EN 301 549: some "
                    "parts do not yet fully conform (see the known limitations below).",
                    pt="Este website está parcialmente conforme com as Diretrizes de "
                    "Acessibilidade para o Conteúdo da Web (WCAG) 2.1, nível AA, e com a norma "
                    "europeia EN 301 549: algumas partes ainda não estão totalmente conformes "
                    "(ver as limitações conhecidas abaixo).",
                    fr="Ce site est partiellement conforme aux Règles pour l’accessibilité des "
                    "contenus web (WCAG) 2.1, niveau AA, et à la norme européenne EN 301 549 : "
                    "certaines parties ne sont pas encore entièrement conformes (voir les limites "
                    "connues ci-dessous).",
                    es="Este sitio web cumple parcialmente las Pautas de Accesibilidad para el "
                    "Contenido Web (WCAG) 2.1, nivel AA, y la norma europea EN 301 549: algunas "
                    "partes aún no las cumplen plenamente (véanse las limitaciones conocidas más "
                    "abajo).",
                ),
            ),
            (
                "p",
                T(
                    en="The pages can be used with a keyboard alone, with a screen reader and "
                    "without JavaScript, and can be read on a screen 320 pixels wide or zoomed "
                    "to 200 percent.",
                    pt="As páginas podem ser utilizadas só com o teclado, com um leitor de ecrã e "
                    "sem JavaScript, e podem ser lidas num ecrã com 320 píxeis de largura ou "
                    "ampliadas a 200 por cento.",
                    fr="Les pages sont utilisables au clavier seul, avec un lecteur d’écran et "
                    "sans JavaScript, et restent lisibles sur un écran de 320 pixels de large ou "
                    "agrandies à 200 pour cent.",
                    es="Las páginas pueden utilizarse solo con el teclado, con un lector de "
                    "pantalla y sin JavaScript, y pueden leerse en una pantalla de 320 píxeles "
                    "de ancho o ampliadas al 200 por ciento.",
                ),
            ),
        ),
        _heading(
            "Known limitations",
            "Limitações conhecidas",
            "Limites connues",
            "Limitaciones conocidas",
        ),
        _text(
            (
                "ul",
                [
                    T(
                        en="The spam check on the two forms (Google reCAPTCHA) is provided by a "
                        "third party and can be hard to use with some assistive technologies.",
                        pt="A verificação contra spam dos dois formulários (Google reCAPTCHA) é "
                        "fornecida por terceiros e pode ser difícil de utilizar com algumas "
                        "tecnologias de apoio.",
                        fr="La vérification anti-spam des deux formulaires (Google reCAPTCHA) "
                        "est fournie par un tiers et peut être difficile à utiliser avec "
                        "certaines technologies d’assistance.",
                        es="La verificación antispam de los dos formularios (Google reCAPTCHA) "
                        "la proporciona un tercero y puede resultar difícil de usar con algunas "
                        "tecnologías de apoyo.",
                    ),
                    T(
                        en="Some older documents (PDF) may not be fully accessible. Ask us for an "
                        "accessible version.",
                        pt="Alguns documentos mais antigos (PDF) podem não ser totalmente "
                        "acessíveis. Peça-nos uma versão acessível.",
                        fr="Certains documents anciens (PDF) peuvent ne pas être entièrement "
                        "accessibles. Demandez-nous une version accessible.",
                        es="Algunos documentos antiguos (PDF) pueden no ser totalmente "
                        "accesibles. Pídanos una versión accesible.",
                    ),
                ],
            )
        ),
        _heading(
            "Feedback and contact",
            "Comentários e contacto",
            "Signaler un problème et nous contacter",
            "Comentarios y contacto",
        ),
        _text(
            (
                "p",
                T(
                    en="If you meet a barrier on this website or need content in another format, "
                    "write to mieux-initiative@icmpd.org. We aim to reply within 15 working "
                    "days.",
                    pt="Se encontrar uma barreira neste website ou precisar de conteúdos noutro "
                    "formato, escreva para mieux-initiative@icmpd.org. Procuramos responder no "
                    "prazo de 15 dias úteis.",
                    fr="Si vous rencontrez un obstacle sur ce site ou avez besoin d’un contenu "
                    "dans un autre format, écrivez à mieux-initiative@icmpd.org. Nous nous "
                    "efforçons de répondre dans un délai de 15 jours ouvrables.",
                    es="Si encuentra una barrera en este sitio web o necesita contenidos en otro "
                    "formato, escriba a mieux-initiative@icmpd.org. Procuramos responder en un "
                    "plazo de 15 días hábiles.",
                ),
            )
        ),
        _heading(
            "Preparation of this statement",
            "Elaboração desta declaração",
            "Établissement de cette déclaration",
            "Elaboración de esta declaración",
        ),
        _text(
            (
                "p",
                T(
                    en="This statement was prepared on 27 November 2026, based on a "
                    "self-assessment. It is reviewed whenever the website changes significantly.",
                    pt="Esta declaração foi elaborada em 27 de novembro de 2026, com base numa "
                    "autoavaliação. É revista sempre que o website sofre alterações "
                    "significativas.",
                    fr="Cette déclaration a été établie le 27 novembre 2026, sur la base d’une "
                    "auto-évaluation. Elle est revue à chaque modification importante du site.",
                    es="Esta declaración se elaboró el 27 de noviembre de 2026, a partir de una "
                    "autoevaluación. Se revisa cada vez que el sitio web cambia de forma "
                    "significativa.",
                ),
            )
        ),
    ],
}

CONTACT_FOR_DATA = T(
    en="The controller is the International Centre for Migration Policy Development (ICMPD), "
    "Gonzagagasse 1, 1010 Vienna, Austria. For any question about your data, write to "
    "mieux-initiative@icmpd.org.",
    pt="O responsável pelo tratamento é o Centro Internacional para o Desenvolvimento das "
    "Políticas Migratórias (ICMPD), Gonzagagasse 1, 1010 Viena, Áustria. Para qualquer questão "
    "sobre os seus dados, escreva para mieux-initiative@icmpd.org.",
    fr="Le responsable du traitement est le Centre international pour le développement des "
    "politiques migratoires (ICMPD), Gonzagagasse 1, 1010 Vienne, Autriche. Pour toute question "
    "sur vos données, écrivez à mieux-initiative@icmpd.org.",
    es="El responsable del tratamiento es el Centro Internacional para el Desarrollo de "
    "Políticas Migratorias (ICMPD), Gonzagagasse 1, 1010 Viena, Austria. Para cualquier consulta "
    "sobre sus datos, escriba a mieux-initiative@icmpd.org.",
)

PRIVACY = {
    "title": T(
        en="Privacy notice",
        pt="Aviso de privacidade",
        fr="Avis de confidentialité",
        es="Aviso de privacidad",
    ),
    "introduction": T(
        en="How we handle your personal data when you use this website, as Article 13 of the "
        "General Data Protection Regulation (GDPR) requires.",
        pt="Como tratamos os seus dados pessoais quando utiliza este website, tal como exige o "
        "artigo 13.º do Regulamento Geral sobre a Proteção de Dados (RGPD).",
        fr="Comment nous traitons vos données personnelles lorsque vous utilisez ce site, comme "
        "l’exige l’article 13 du règlement général sur la protection des données (RGPD).",
        es="Cómo tratamos sus datos personales cuando utiliza este sitio web, tal como exige el "
        "artículo 13 del Reglamento General de Protección de Datos (RGPD).",
    ),
    "body": [
        _heading(
            "Controller",
            "Responsável pelo tratamento",
            "Responsable du traitement",
            "Responsable del tratamiento",
        ),
        _text(("p", CONTACT_FOR_DATA)),
        _heading(
            "Purposes and legal basis",
            "Finalidades e fundamento jurídico",
            "Finalités et base juridique",
            "Fines y base jurídica",
        ),
        _text(
            (
                "ul",
                [
                    T(
                        en="Expressions of interest: we use the data you enter in the request "
                        "form to assess your institution’s request for assistance and to contact "
                        "you about it.",
                        pt="Manifestações de interesse: utilizamos os dados que introduz no "
                        "formulário de solicitação para avaliar o pedido de assistência da sua "
                        "instituição e para o contactar a esse respeito.",
                        fr="Manifestations d’intérêt : nous utilisons les données saisies dans le "
                        "formulaire de demande pour examiner la demande d’assistance de votre "
                        "institution et vous contacter à ce sujet.",
                        es="Manifestaciones de interés: utilizamos los datos que introduce en el "
                        "formulario de solicitud para evaluar la solicitud de asistencia de su "
                        "institución y ponernos en contacto con usted al respecto.",
                    ),
                    T(
                        en="Expert roster: we use the data and the CV you send to consider you "
                        "as an expert for MIEUX+ activities and to contact you about them.",
                        pt="Lista de especialistas: utilizamos os dados e o CV que envia para o "
                        "considerar como especialista para as atividades da MIEUX+ e para o "
                        "contactar a esse respeito.",
                        fr="Liste d’experts : nous utilisons les données et le CV que vous "
                        "envoyez pour envisager de faire appel à vous comme expert dans les "
                        "activités de MIEUX+ et vous contacter à ce sujet.",
                        es="Lista de expertos: utilizamos los datos y el CV que envía para "
                        "considerarle como experto en las actividades de MIEUX+ y ponernos en "
                        "contacto con usted al respecto.",
                    ),
                ],
            ),
            (
                "p",
                T(
                    en="The legal basis is your consent, given in each form (Article 6(1)(a) "
                    "GDPR), which you may withdraw at any time; for the expert roster, also the "
                    "steps taken at your request before a possible contract (Article 6(1)(b) "
                    "GDPR).",
                    pt="O fundamento jurídico é o seu consentimento, dado em cada formulário "
                    "(artigo 6.º, n.º 1, alínea a), do RGPD), que pode retirar a qualquer "
                    "momento; para a lista de especialistas, também as diligências "
                    "pré-contratuais tomadas a seu pedido (artigo 6.º, n.º 1, alínea b), do "
                    "RGPD).",
                    fr="La base juridique est votre consentement, donné dans chaque formulaire "
                    "(article 6, paragraphe 1, point a), du RGPD), que vous pouvez retirer à tout "
                    "moment ; pour la liste d’experts, également les mesures précontractuelles "
                    "prises à votre demande (article 6, paragraphe 1, point b), du RGPD).",
                    es="La base jurídica es su consentimiento, otorgado en cada formulario "
                    "(artículo 6, apartado 1, letra a), del RGPD), que puede retirar en cualquier "
                    "momento; para la lista de expertos, también las medidas precontractuales "
                    "aplicadas a petición suya (artículo 6, apartado 1, letra b), del RGPD).",
                ),
            ),
        ),
        _heading(
            "Spam protection with Google reCAPTCHA",
            "Proteção contra spam com o Google reCAPTCHA",
            "Protection contre le spam avec Google reCAPTCHA",
            "Protección contra el spam con Google reCAPTCHA",
        ),
        _text(
            (
                "p",
                T(
                    en="The two form pages (requesting assistance and joining the expert "
                    "roster) use Google reCAPTCHA to tell people from automated spam. reCAPTCHA "
                    "sends your IP address and information about your browser and your use of "
                    "the page to Google, which may process them in the United States; Google’s "
                    "privacy policy applies. We use it on the basis of our legitimate interest "
                    "in protecting the forms (Article 6(1)(f) GDPR).",
                    pt="As duas páginas de formulário (solicitar assistência e inscrever-se na "
                    "lista de especialistas) utilizam o Google reCAPTCHA para distinguir pessoas "
                    "de spam automático. O reCAPTCHA envia o seu endereço IP e informações sobre "
                    "o seu navegador e a sua utilização da página à Google, que os pode tratar "
                    "nos Estados Unidos; aplica-se a política de privacidade da Google. "
                    "Utilizamo-lo com base no nosso interesse legítimo em proteger os "
                    "formulários (artigo 6.º, n.º 1, alínea f), do RGPD).",
                    fr="Les deux pages de formulaire (demander une assistance et rejoindre la "
                    "liste d’experts) utilisent Google reCAPTCHA pour distinguer les personnes "
                    "des envois automatisés. reCAPTCHA transmet votre adresse IP ainsi que des "
                    "informations sur votre navigateur et votre utilisation de la page à Google, "
                    "qui peut les traiter aux États-Unis ; la politique de confidentialité de "
                    "Google s’applique. Nous l’utilisons sur la base de notre intérêt légitime à "
                    "protéger les formulaires (article 6, paragraphe 1, point f), du RGPD).",
                    es="Las dos páginas de formulario (solicitar asistencia e inscribirse en la "
                    "lista de expertos) utilizan Google reCAPTCHA para distinguir a las personas "
                    "del spam automatizado. reCAPTCHA envía su dirección IP e información sobre "
                    "su navegador y su uso de la página a Google, que puede tratarlas en los "
                    "Estados Unidos; se aplica la política de privacidad de Google. Lo utilizamos "
                    "sobre la base de nuestro interés legítimo en proteger los formularios "
                    "(artículo 6, apartado 1, letra f), del RGPD).",
                ),
            )
        ),
        _heading("Recipients", "Destinatários", "Destinataires", "Destinatarios"),
        _text(
            (
                "p",
                T(
                    en="Your data is seen by the MIEUX+ team at ICMPD. To decide on a request, it "
                    "may be shared with the European Commission, the European External Action "
                    "Service and the EU Delegation concerned, and, to prepare an activity, with "
                    "the experts selected for it. Our hosting and email providers process it on "
                    "our behalf.",
                    pt="Os seus dados são consultados pela equipa MIEUX+ do ICMPD. Para decidir "
                    "sobre uma solicitação, podem ser partilhados com a Comissão Europeia, o "
                    "Serviço Europeu para a Ação Externa e a Delegação da UE em causa e, para "
                    "preparar uma atividade, com os especialistas selecionados para a mesma. Os "
                    "nossos prestadores de alojamento e de correio eletrónico tratam-nos em nosso "
                    "nome.",
                    fr="Vos données sont consultées par l’équipe MIEUX+ de l’ICMPD. Pour statuer "
                    "sur une demande, elles peuvent être communiquées à la Commission européenne, "
                    "au Service européen pour l’action extérieure et à la délégation de l’UE "
                    "concernée et, pour préparer une activité, aux experts retenus pour celle-ci. "
                    "Nos prestataires d’hébergement et de messagerie les traitent pour notre "
                    "compte.",
                    es="Sus datos los consulta el equipo de MIEUX+ del ICMPD. Para decidir sobre "
                    "una solicitud, pueden compartirse con la Comisión Europea, el Servicio "
                    "Europeo de Acción Exterior y la Delegación de la UE correspondiente y, para "
                    "preparar una actividad, con los expertos seleccionados para ella. Nuestros "
                    "proveedores de alojamiento y de correo electrónico los tratan por cuenta "
                    "nuestra.",
                ),
            )
        ),
        _heading("Retention", "Conservação", "Durée de conservation", "Conservación"),
        _text(
            (
                "p",
                T(
                    en="We keep the data only as long as these purposes require: an expression "
                    "of interest for as long as the request and any Action that follows it are "
                    "handled, a roster entry for as long as you stay on the roster. The data is "
                    "then deleted.",
                    pt="Conservamos os dados apenas durante o tempo necessário para estas "
                    "finalidades: uma manifestação de interesse enquanto a solicitação e a Ação "
                    "que dela resulte estiverem em curso, uma inscrição na lista enquanto nela "
                    "permanecer. Os dados são depois apagados.",
                    fr="Nous ne conservons les données que le temps nécessaire à ces finalités : "
                    "une manifestation d’intérêt tant que la demande et l’éventuelle Action qui "
                    "en découle sont traitées, une inscription sur la liste tant que vous y "
                    "figurez. Les données sont ensuite supprimées.",
                    es="Conservamos los datos solo el tiempo que exigen estos fines: una "
                    "manifestación de interés mientras se tramitan la solicitud y la posible "
                    "Acción que de ella resulte, una inscripción en la lista mientras usted "
                    "permanezca en ella. Después, los datos se suprimen.",
                ),
            )
        ),
        _heading("Your rights", "Os seus direitos", "Vos droits", "Sus derechos"),
        _text(
            (
                "p",
                T(
                    en="You have the right to access your data, to have it corrected or erased, "
                    "to restrict or object to its processing and to data portability, and you "
                    "may withdraw your consent at any time without affecting the lawfulness of "
                    "earlier processing. Write to mieux-initiative@icmpd.org.",
                    pt="Tem o direito de aceder aos seus dados, de os retificar ou apagar, de "
                    "limitar o seu tratamento ou de se opor a ele e à portabilidade dos dados, e "
                    "pode retirar o seu consentimento a qualquer momento, sem comprometer a "
                    "licitude do tratamento anterior. Escreva para mieux-initiative@icmpd.org.",
                    fr="Vous avez le droit d’accéder à vos données, de les faire rectifier ou "
                    "effacer, d’en limiter le traitement ou de vous y opposer, ainsi qu’à la "
                    "portabilité des données, et vous pouvez retirer votre consentement à tout "
                    "moment, sans que cela compromette la licéité du traitement antérieur. "
                    "Écrivez à mieux-initiative@icmpd.org.",
                    es="Tiene derecho a acceder a sus datos, a rectificarlos o suprimirlos, a "
                    "limitar su tratamiento o a oponerse a él y a la portabilidad de los datos, y "
                    "puede retirar su consentimiento en cualquier momento sin que ello afecte a "
                    "la licitud del tratamiento anterior. Escriba a mieux-initiative@icmpd.org.",
                ),
            )
        ),
        _heading("Complaints", "Reclamações", "Réclamations", "Reclamaciones"),
        _text(
            (
                "p",
                T(
                    en="You may lodge a complaint with a data protection supervisory authority, "
                    "in particular the Austrian Data Protection Authority (Datenschutzbehörde, "
                    "www.dsb.gv.at) or the authority of the country where you live.",
                    pt="Pode apresentar uma reclamação junto de uma autoridade de controlo da "
                    "proteção de dados, em especial a autoridade austríaca de proteção de dados "
                    "(Datenschutzbehörde, www.dsb.gv.at) ou a autoridade do país onde reside.",
                    fr="Vous pouvez introduire une réclamation auprès d’une autorité de contrôle "
                    "de la protection des données, notamment l’autorité autrichienne de "
                    "protection des données (Datenschutzbehörde, www.dsb.gv.at) ou celle du pays "
                    "où vous résidez.",
                    es="Puede presentar una reclamación ante una autoridad de control de la "
                    "protección de datos, en particular la autoridad austriaca de protección de "
                    "datos (Datenschutzbehörde, www.dsb.gv.at) o la del país donde reside.",
                ),
            )
        ),
    ],
}


def build(home):
    for slug, fields in (
        ("legal-notice", LEGAL_NOTICE),
        ("accessibility-statement", ACCESSIBILITY),
        ("privacy-notice", PRIVACY),
    ):
        child_page(home, LegalPage, slug, last_updated=PREPARED_ON, **fields)
