"""Demo content of "News and knowledge": topics, six news items, two events, three publications
and two interviews. The images (flat coloured banners) and the PDF documents are generated here,
so the demo needs nothing from the network. The items are plausible examples written for the
demo, not a record of real events.
"""

import datetime
import io
from dataclasses import dataclass, field

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image, ImageDraw

from home.demo.build import child_page, rich_text
from home.demo.text import T
from home.models import (
    Action,
    CustomDocument,
    CustomImage,
    EventPage,
    InterviewPage,
    NewsIndexPage,
    NewsPage,
    PublicationPage,
    PublicationVersion,
    Region,
    ThematicArea,
    Topic,
)

INDEX_TITLE = T(
    en="News and knowledge",
    pt="Notícias e conhecimento",
    fr="Actualités et connaissances",
    es="Noticias y conocimiento",
)
INDEX_INTRO = T(
    en="News from the Actions, events, publications and interviews with the people who make "
    "MIEUX+ work.",
    pt="Notícias das Ações, eventos, publicações e entrevistas com as pessoas que fazem o "
    "MIEUX+ funcionar.",
    fr="Des nouvelles des Actions, des événements, des publications et des entretiens avec celles "
    "et ceux qui font vivre MIEUX+.",
    es="Noticias de las Acciones, eventos, publicaciones y entrevistas con las personas que hacen "
    "funcionar MIEUX+.",
)

TOPICS = {
    "labour-migration": T(
        en="Labour migration",
        pt="Migração de mão de obra",
        fr="Migration de main-d’œuvre",
        es="Migración laboral",
    ),
    "diaspora": T(en="Diaspora", pt="Diáspora", fr="Diaspora", es="Diáspora"),
    "training": T(en="Training", pt="Formação", fr="Formation", es="Formación"),
    "data": T(
        en="Migration data",
        pt="Dados migratórios",
        fr="Données migratoires",
        es="Datos migratorios",
    ),
}


@dataclass
class DemoItem:
    model: type
    slug: str
    date: datetime.date
    title: T
    summary: T
    paragraph: T
    colour: tuple
    areas: list = field(default_factory=list)
    region: str = ""
    topics: list = field(default_factory=list)
    actions: list = field(default_factory=list)
    extra: dict = field(default_factory=dict)


ITEMS = [
    DemoItem(
        NewsPage,
        "benin-diaspora-action-plan-adopted",
        datetime.date(2026, 9, 15),
        T(
            en="Benin adopts its diaspora engagement action plan",
            pt="O Benim adota o seu plano de ação para o envolvimento da diáspora",
            fr="Le Bénin adopte son plan d’action pour l’engagement de la diaspora",
            es="Benín adopta su plan de acción para la participación de la diáspora",
        ),
        T(
            en="The plan drafted with MIEUX+ experts sets out how the ministry will work with "
            "Beninese communities abroad.",
            pt="O plano elaborado com especialistas do MIEUX+ define a forma como o ministério "
            "trabalhará com as comunidades beninenses no estrangeiro.",
            fr="Le plan rédigé avec les experts de MIEUX+ précise comment le ministère travaillera "
            "avec les communautés béninoises à l’étranger.",
            es="El plan redactado con expertos de MIEUX+ establece cómo trabajará el ministerio "
            "con las comunidades beninesas en el exterior.",
        ),
        T(
            en="Peer experts from two EU Member States accompanied the ministry through four "
            "workshops, from the first mapping of the diaspora to the final text.",
            pt="Especialistas de dois Estados-membros da UE acompanharam o ministério em quatro "
            "workshops, do primeiro levantamento da diáspora ao texto final.",
            fr="Des experts pairs de deux États membres de l’UE ont accompagné le ministère lors "
            "de quatre ateliers, de la première cartographie de la diaspora au texte final.",
            es="Expertos homólogos de dos Estados miembros de la UE acompañaron al ministerio en "
            "cuatro talleres, desde el primer mapeo de la diáspora hasta el texto final.",
        ),
        (0, 83, 159),
        areas=["migration-development"],
        region=Region.WEST_CENTRAL_AFRICA,
        topics=["diaspora"],
        actions=["Benin II"],
    ),
    DemoItem(
        NewsPage,
        "joint-border-training-benin-togo",
        datetime.date(2026, 8, 28),
        T(
            en="Border officials of Benin and Togo train together",
            pt="Funcionários de fronteira do Benim e do Togo recebem formação em conjunto",
            fr="Les agents frontaliers du Bénin et du Togo se forment ensemble",
            es="Funcionarios de fronteras de Benín y Togo se forman juntos",
        ),
        T(
            en="A joint course helped officials from both countries identify victims of "
            "trafficking at the border.",
            pt="Um curso conjunto ajudou funcionários dos dois países a identificar vítimas de "
            "tráfico na fronteira.",
            fr="Une formation commune a aidé les agents des deux pays à repérer les victimes de "
            "la traite à la frontière.",
            es="Un curso conjunto ayudó a funcionarios de ambos países a identificar a víctimas "
            "de trata en la frontera.",
        ),
        T(
            en="Thirty officials took part; the trainers they chose among themselves will run "
            "the next sessions.",
            pt="Participaram trinta funcionários; os formadores que escolheram entre si vão "
            "orientar as próximas sessões.",
            fr="Trente agents y ont participé ; les formateurs qu’ils ont choisis parmi eux "
            "animeront les prochaines sessions.",
            es="Participaron treinta funcionarios; los formadores que eligieron entre ellos "
            "impartirán las próximas sesiones.",
        ),
        (0, 110, 90),
        areas=["irregular-migration"],
        region=Region.WEST_CENTRAL_AFRICA,
        topics=["training"],
        actions=["Benin and Togo"],
    ),
    DemoItem(
        NewsPage,
        "cabo-verde-immigration-strategy-review",
        datetime.date(2026, 7, 10),
        T(
            en="Cabo Verde reviews its national immigration strategy",
            pt="Cabo Verde revê a sua estratégia nacional de imigração",
            fr="Cabo Verde révise sa stratégie nationale d’immigration",
            es="Cabo Verde revisa su estrategia nacional de inmigración",
        ),
        T(
            en="The Immigration Coordination Unit has published the results of the review "
            "carried out with MIEUX+.",
            pt="A Unidade de Coordenação da Imigração publicou os resultados da revisão "
            "realizada com o MIEUX+.",
            fr="L’Unité de coordination de l’immigration a publié les résultats de la révision "
            "menée avec MIEUX+.",
            es="La Unidad de Coordinación de la Inmigración ha publicado los resultados de la "
            "revisión realizada con MIEUX+.",
        ),
        T(
            en="The review looked at integration, labour migration and the collection of "
            "migration data.",
            pt="A revisão incidiu sobre a integração, a migração laboral e a recolha de dados "
            "migratórios.",
            fr="La révision a porté sur l’intégration, la migration de travail et la collecte de "
            "données migratoires.",
            es="La revisión abordó la integración, la migración laboral y la recogida de datos "
            "migratorios.",
        ),
        (153, 27, 30),
        areas=["legal-migration"],
        region=Region.WEST_CENTRAL_AFRICA,
        topics=["labour-migration", "data"],
        actions=["Cabo Verde"],
    ),
    DemoItem(
        NewsPage,
        "peer-experts-network-meeting",
        datetime.date(2026, 6, 3),
        T(
            en="MIEUX+ experts meet to share what works",
            pt="Especialistas do MIEUX+ reúnem-se para partilhar o que resulta",
            fr="Les experts de MIEUX+ se réunissent pour partager ce qui fonctionne",
            es="Los expertos de MIEUX+ se reúnen para compartir lo que funciona",
        ),
        T(
            en="Forty peer experts compared the methods they use with partner institutions.",
            pt="Quarenta especialistas compararam os métodos que utilizam com as instituições "
            "parceiras.",
            fr="Quarante experts pairs ont comparé les méthodes qu’ils emploient avec les "
            "institutions partenaires.",
            es="Cuarenta expertos homólogos compararon los métodos que utilizan con las "
            "instituciones socias.",
        ),
        T(
            en="The meeting produced a short guide to running workshops that partners lead "
            "themselves.",
            pt="A reunião deu origem a um guia breve para realizar workshops conduzidos pelos "
            "próprios parceiros.",
            fr="La réunion a produit un court guide pour mener des ateliers animés par les "
            "partenaires eux-mêmes.",
            es="La reunión dio lugar a una breve guía para organizar talleres dirigidos por los "
            "propios socios.",
        ),
        (90, 60, 140),
        areas=["horizontal"],
        topics=["training"],
    ),
    DemoItem(
        NewsPage,
        "climate-and-migration-exchange",
        datetime.date(2026, 4, 22),
        T(
            en="Exchange on migration and climate change",
            pt="Intercâmbio sobre migração e alterações climáticas",
            fr="Échange sur la migration et le changement climatique",
            es="Intercambio sobre migración y cambio climático",
        ),
        T(
            en="Partner institutions from three regions discussed displacement linked to "
            "climate change.",
            pt="Instituições parceiras de três regiões debateram a deslocação associada às "
            "alterações climáticas.",
            fr="Des institutions partenaires de trois régions ont débattu des déplacements liés "
            "au changement climatique.",
            es="Instituciones socias de tres regiones debatieron sobre los desplazamientos "
            "vinculados al cambio climático.",
        ),
        T(
            en="Participants agreed to share their planning tools through the MIEUX+ network.",
            pt="Os participantes acordaram partilhar as suas ferramentas de planeamento através "
            "da rede MIEUX+.",
            fr="Les participants sont convenus de partager leurs outils de planification au sein "
            "du réseau MIEUX+.",
            es="Los participantes acordaron compartir sus herramientas de planificación a través "
            "de la red MIEUX+.",
        ),
        (0, 120, 140),
        areas=["horizontal", "international-protection"],
        region=Region.ASIA,
        topics=["data"],
    ),
    DemoItem(
        NewsPage,
        "labour-migration-agreements-workshop",
        datetime.date(2026, 2, 12),
        T(
            en="Workshop on bilateral labour migration agreements",
            pt="Workshop sobre acordos bilaterais de migração laboral",
            fr="Atelier sur les accords bilatéraux de migration de travail",
            es="Taller sobre acuerdos bilaterales de migración laboral",
        ),
        T(
            en="Officials from Latin America and the Caribbean studied how such agreements "
            "protect workers.",
            pt="Funcionários da América Latina e das Caraíbas estudaram a forma como esses "
            "acordos protegem os trabalhadores.",
            fr="Des fonctionnaires d’Amérique latine et des Caraïbes ont étudié comment ces "
            "accords protègent les travailleurs.",
            es="Funcionarios de América Latina y el Caribe estudiaron cómo protegen estos "
            "acuerdos a los trabajadores.",
        ),
        T(
            en="Experts from Spain and Portugal presented the agreements their countries have "
            "signed.",
            pt="Especialistas de Espanha e de Portugal apresentaram os acordos assinados pelos "
            "seus países.",
            fr="Des experts d’Espagne et du Portugal ont présenté les accords signés par leurs "
            "pays.",
            es="Expertos de España y Portugal presentaron los acuerdos firmados por sus países.",
        ),
        (180, 90, 0),
        areas=["legal-migration"],
        region=Region.LATIN_AMERICA_CARIBBEAN,
        topics=["labour-migration"],
    ),
    DemoItem(
        EventPage,
        "peer-learning-forum-2027",
        datetime.date(2027, 3, 16),
        T(
            en="MIEUX+ peer learning forum 2027",
            pt="Fórum de aprendizagem entre pares MIEUX+ 2027",
            fr="Forum d’apprentissage entre pairs MIEUX+ 2027",
            es="Foro de aprendizaje entre homólogos MIEUX+ 2027",
        ),
        T(
            en="Two days for partner institutions and experts to learn from each other's Actions.",
            pt="Dois dias para instituições parceiras e especialistas aprenderem com as Ações "
            "uns dos outros.",
            fr="Deux jours pour que les institutions partenaires et les experts apprennent des "
            "Actions des uns et des autres.",
            es="Dos días para que instituciones socias y expertos aprendan de las Acciones de "
            "los demás.",
        ),
        T(
            en="The programme will be published in January; sessions are interpreted into "
            "English, French, Portuguese and Spanish.",
            pt="O programa será publicado em janeiro; as sessões terão interpretação em inglês, "
            "francês, português e espanhol.",
            fr="Le programme sera publié en janvier ; les sessions seront interprétées en "
            "anglais, en français, en portugais et en espagnol.",
            es="El programa se publicará en enero; las sesiones contarán con interpretación al "
            "inglés, francés, portugués y español.",
        ),
        (0, 51, 153),
        areas=["horizontal"],
        topics=["training"],
        extra={
            "end_date": datetime.date(2027, 3, 17),
            "place": T(
                en="Brussels, Belgium",
                pt="Bruxelas, Bélgica",
                fr="Bruxelles, Belgique",
                es="Bruselas, Bélgica",
            ),
            "online": True,
            "registration_url": "https://example.org/mieux-forum-2027",
        },
    ),
    DemoItem(
        EventPage,
        "webinar-migration-data",
        datetime.date(2026, 12, 10),
        T(
            en="Webinar: making better use of migration data",
            pt="Webinar: utilizar melhor os dados migratórios",
            fr="Webinaire : mieux utiliser les données migratoires",
            es="Seminario web: aprovechar mejor los datos migratorios",
        ),
        T(
            en="An online session on collecting and sharing migration data between institutions.",
            pt="Uma sessão em linha sobre a recolha e a partilha de dados migratórios entre "
            "instituições.",
            fr="Une session en ligne sur la collecte et le partage de données migratoires entre "
            "institutions.",
            es="Una sesión en línea sobre la recogida y el intercambio de datos migratorios "
            "entre instituciones.",
        ),
        T(
            en="Statisticians from partner countries will present their own registers.",
            pt="Estatísticos de países parceiros apresentarão os seus próprios registos.",
            fr="Des statisticiens de pays partenaires présenteront leurs propres registres.",
            es="Estadísticos de países socios presentarán sus propios registros.",
        ),
        (0, 95, 115),
        areas=["horizontal"],
        topics=["data"],
        extra={"online": True, "registration_url": "https://example.org/mieux-data-webinar"},
    ),
    DemoItem(
        PublicationPage,
        "mieux-annual-report-2025",
        datetime.date(2026, 3, 31),
        T(
            en="MIEUX+ annual report 2025",
            pt="Relatório anual MIEUX+ 2025",
            fr="Rapport annuel MIEUX+ 2025",
            es="Informe anual MIEUX+ 2025",
        ),
        T(
            en="The Actions of 2025, their results and what partners said about them.",
            pt="As Ações de 2025, os seus resultados e o que os parceiros disseram sobre elas.",
            fr="Les Actions de 2025, leurs résultats et ce qu’en ont dit les partenaires.",
            es="Las Acciones de 2025, sus resultados y lo que dijeron de ellas los socios.",
        ),
        T(
            en="The report is available in the four languages of MIEUX+.",
            pt="O relatório está disponível nas quatro línguas do MIEUX+.",
            fr="Le rapport est disponible dans les quatre langues de MIEUX+.",
            es="El informe está disponible en los cuatro idiomas de MIEUX+.",
        ),
        (0, 51, 153),
        areas=["horizontal"],
        extra={"year": 2026, "languages": ["en", "pt", "fr", "es"]},
    ),
    DemoItem(
        PublicationPage,
        "peer-to-peer-guide",
        datetime.date(2025, 11, 4),
        T(
            en="Peer-to-peer assistance: a practical guide",
            pt="Assistência entre pares: guia prático",
            fr="L’assistance entre pairs : guide pratique",
            es="La asistencia entre homólogos: guía práctica",
        ),
        T(
            en="How MIEUX+ experts and partner institutions prepare and run an Action together.",
            pt="Como os especialistas do MIEUX+ e as instituições parceiras preparam e realizam "
            "uma Ação em conjunto.",
            fr="Comment les experts de MIEUX+ et les institutions partenaires préparent et "
            "mènent une Action ensemble.",
            es="Cómo los expertos de MIEUX+ y las instituciones socias preparan y llevan a cabo "
            "juntos una Acción.",
        ),
        T(
            en="The guide follows an Action from the request to the evaluation of its results.",
            pt="O guia acompanha uma Ação desde a solicitação até à avaliação dos resultados.",
            fr="Le guide suit une Action de la demande à l’évaluation de ses résultats.",
            es="La guía sigue una Acción desde la solicitud hasta la evaluación de sus resultados.",
        ),
        (0, 110, 90),
        areas=["horizontal"],
        topics=["training"],
        extra={"year": 2025, "languages": ["en", "fr"]},
    ),
    DemoItem(
        PublicationPage,
        "diaspora-engagement-lessons",
        datetime.date(2025, 6, 20),
        T(
            en="Engaging the diaspora: lessons from ten Actions",
            pt="Envolver a diáspora: lições de dez Ações",
            fr="Mobiliser la diaspora : les leçons de dix Actions",
            es="Implicar a la diáspora: lecciones de diez Acciones",
        ),
        T(
            en="What ten partner institutions learnt while building links with their diasporas.",
            pt="O que dez instituições parceiras aprenderam ao criar laços com as suas diásporas.",
            fr="Ce que dix institutions partenaires ont appris en tissant des liens avec leur "
            "diaspora.",
            es="Lo que aprendieron diez instituciones socias al crear vínculos con sus diásporas.",
        ),
        T(
            en="Each chapter ends with questions an institution can ask itself before it starts.",
            pt="Cada capítulo termina com perguntas que uma instituição pode colocar a si própria "
            "antes de começar.",
            fr="Chaque chapitre se termine par des questions qu’une institution peut se poser "
            "avant de commencer.",
            es="Cada capítulo termina con preguntas que una institución puede plantearse antes "
            "de empezar.",
        ),
        (153, 27, 30),
        areas=["migration-development"],
        topics=["diaspora"],
        extra={"year": 2025, "languages": ["en", "pt", "es"]},
    ),
    DemoItem(
        InterviewPage,
        "interview-partner-cabo-verde",
        datetime.date(2026, 5, 14),
        T(
            en="“The experts listened before they advised”",
            pt="«Os especialistas ouviram antes de aconselhar»",
            fr="« Les experts ont écouté avant de conseiller »",
            es="«Los expertos escucharon antes de aconsejar»",
        ),
        T(
            en="A partner institution looks back on its Action with MIEUX+.",
            pt="Uma instituição parceira recorda a sua Ação com o MIEUX+.",
            fr="Une institution partenaire revient sur son Action avec MIEUX+.",
            es="Una institución socia repasa su Acción con MIEUX+.",
        ),
        T(
            en="What made the difference? The experts worked with our own documents and our "
            "own staff, so the strategy is ours.",
            pt="O que fez a diferença? Os especialistas trabalharam com os nossos documentos e "
            "com a nossa equipa, por isso a estratégia é nossa.",
            fr="Qu’est-ce qui a fait la différence ? Les experts ont travaillé avec nos propres "
            "documents et notre personnel : la stratégie est la nôtre.",
            es="¿Qué marcó la diferencia? Los expertos trabajaron con nuestros propios documentos "
            "y nuestro personal, así que la estrategia es nuestra.",
        ),
        (180, 90, 0),
        areas=["legal-migration"],
        region=Region.WEST_CENTRAL_AFRICA,
        actions=["Cabo Verde"],
        extra={
            "interviewee": T(
                en="Head of the Immigration Coordination Unit",
                pt="Responsável pela Unidade de Coordenação da Imigração",
                fr="Responsable de l’Unité de coordination de l’immigration",
                es="Responsable de la Unidad de Coordinación de la Inmigración",
            ),
            "role": T(
                en="MIEUX+ partner institution",
                pt="Instituição parceira do MIEUX+",
                fr="Institution partenaire de MIEUX+",
                es="Institución socia de MIEUX+",
            ),
        },
    ),
    DemoItem(
        InterviewPage,
        "interview-peer-expert",
        datetime.date(2026, 1, 27),
        T(
            en="Being a MIEUX+ peer expert",
            pt="Ser especialista entre pares do MIEUX+",
            fr="Être expert pair de MIEUX+",
            es="Ser experto homólogo de MIEUX+",
        ),
        T(
            en="An expert from a national administration on what peer work means.",
            pt="Uma especialista de uma administração nacional sobre o que significa o trabalho "
            "entre pares.",
            fr="Une experte d’une administration nationale explique ce que signifie le travail "
            "entre pairs.",
            es="Una experta de una administración nacional explica qué significa el trabajo "
            "entre homólogos.",
        ),
        T(
            en="We face the same questions in our own administration, so we share what we tried, "
            "including what did not work.",
            pt="Enfrentamos as mesmas questões na nossa administração, por isso partilhamos o que "
            "experimentámos, incluindo o que não resultou.",
            fr="Nous nous posons les mêmes questions dans notre administration : nous partageons "
            "donc ce que nous avons essayé, y compris ce qui n’a pas marché.",
            es="Nos enfrentamos a las mismas preguntas en nuestra administración, así que "
            "compartimos lo que probamos, incluido lo que no funcionó.",
        ),
        (90, 60, 140),
        areas=["horizontal"],
        topics=["training"],
        extra={
            "interviewee": T(
                en="A MIEUX+ peer expert",
                pt="Uma especialista entre pares do MIEUX+",
                fr="Une experte paire de MIEUX+",
                es="Una experta homóloga de MIEUX+",
            ),
            "role": T(
                en="Migration policy officer in an EU Member State",
                pt="Técnica de políticas migratórias num Estado-membro da UE",
                fr="Chargée des politiques migratoires dans un État membre de l’UE",
                es="Técnica de políticas migratorias en un Estado miembro de la UE",
            ),
        },
    ),
]


def build(english_home):
    index = child_page(
        english_home,
        NewsIndexPage,
        "news",
        title=INDEX_TITLE,
        introduction=INDEX_INTRO,
        show_in_menus=True,
    )
    topics = {slug: _topic(english_home.locale, slug, name) for slug, name in TOPICS.items()}
    areas = {area.key: area for area in ThematicArea.objects.all()}
    for item in ITEMS:
        if not item.model.objects.child_of(index).filter(slug=item.slug).exists():
            _item(index, item, topics, areas)


def _topic(locale, slug, name):
    topic = Topic.objects.filter(locale=locale, slug=slug).first()
    if topic is None:
        topic = Topic.objects.create(locale=locale, slug=slug, name=name.en)
    return topic


def _item(index, item, topics, areas):
    extra = {
        key: value.en if isinstance(value, T) else value
        for key, value in item.extra.items()
        if key != "languages"
    }
    page = item.model(
        slug=item.slug,
        title=item.title.en,
        date=item.date,
        summary=item.summary.en,
        body=[("text", rich_text(("p", item.paragraph)))],
        image=_image(item),
        region=item.region,
        **extra,
    )
    page.thematic_areas = [areas[key] for key in item.areas]
    page.topics = [topics[slug] for slug in item.topics]
    page.related_actions = list(Action.objects.filter(locale=index.locale, name__in=item.actions))
    if item.model is PublicationPage:
        page.versions = [
            PublicationVersion(language=code, document=_document(item, code))
            for code in item.extra["languages"]
        ]
    index.add_child(instance=page)
    page.save_revision().publish()


def _image(item):
    """A banner in the item's colour, generated here (1200×630, the size shared links show)."""
    title = f"Demo banner: {item.slug}"
    image = CustomImage.objects.filter(title=title).first()
    if image is None:
        banner = Image.new("RGB", (1200, 630), item.colour)
        ImageDraw.Draw(banner).rectangle([0, 560, 1200, 630], fill=(255, 204, 0))
        data = io.BytesIO()
        banner.save(data, format="PNG")
        image = CustomImage.objects.create(
            title=title,
            description=f"Coloured banner with a yellow band, illustrating “{item.title.en}”.",
            file=ImageFile(data, name=f"{item.slug}.png"),
        )
    return image


def _document(item, code):
    """A one-page PDF naming the publication, generated here."""
    title = f"{item.title.en} ({code})"
    document = CustomDocument.objects.filter(title=title).first()
    if document is None:
        document = CustomDocument.objects.create(
            title=title,
            file=ContentFile(_pdf(item.title.in_language(code)), f"{item.slug}-{code}.pdf"),
        )
    return document


def _pdf(text):
    """The smallest valid PDF showing one line of text (Latin-1, as the base fonts need)."""
    line = text.encode("latin-1", "replace").replace(b"\\", b"\\\\").replace(b"(", b"\\(")
    line = line.replace(b")", b"\\)")
    stream = b"BT /F1 18 Tf 50 750 Td (" + line + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()
